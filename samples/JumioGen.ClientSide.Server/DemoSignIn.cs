using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace JumioGen.ClientSide.Server;

/// <summary>
/// The sample's stand-in for your app's login: <c>POST /api/demo/sign-in</c> signs the caller in as a new demo user
/// (a cookie). Only signed-in users get a Jumio transaction from <c>/api/jumio/transactions</c>.
/// </summary>
internal static class DemoSignIn
{
    public const string Path = "/api/demo/sign-in";

    public static void AddDemoCookie(this IServiceCollection services) =>
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.Cookie.Name = "jumiogen-sample";
            options.Cookie.SameSite = SameSiteMode.Strict;
            // An API answers 401, it does not redirect to a login page.
            options.Events.OnRedirectToLogin = context =>
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            };
        });

    public static Task SignInAsync(HttpContext context)
    {
        var user = "demo-" + Guid.NewGuid().ToString("N")[..12];
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user)], CookieAuthenticationDefaults.AuthenticationScheme);
        return context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
    }
}

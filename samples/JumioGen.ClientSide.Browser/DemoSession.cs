namespace JumioGen.ClientSide.Browser;

/// <summary>
/// Signs the browser in to the sample server as a demo user (a cookie). A real app has its own login; the point is
/// that the server hands transactions only to signed-in users.
/// </summary>
public sealed class DemoSession(HttpClient appServer)
{
    public async Task SignInAsync(CancellationToken cancellationToken = default)
    {
        using var response = await appServer.PostAsync("api/demo/sign-in", content: null, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}

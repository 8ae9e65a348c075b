using JumioGen.Benchmarks.Roslyn;
using Microsoft.CodeAnalysis;

namespace JumioGen.Benchmarks.Analyzers;

/// <summary>
/// A large service project, generated: <see cref="Files"/> files cycling through the kinds of code a real back end
/// has (HTTP integrations, domain records, repositories, options, controllers-like handlers) and, in one file in ten,
/// a Jumio integration ([JumioApi] client, DI registration, token call to the auth host, calls to the client).
/// Everything is clean code: analyzers pay for looking, not for reporting.
/// </summary>
internal static class LargeProjectSource
{
    public const int Files = 2_000;

    public static IReadOnlyList<SyntaxTree> Trees() =>
        Enumerable.Range(0, Files).Select(i => BenchmarkReferences.Parse(Source(i), $"Project/File{i:D4}.cs")).ToArray();

    private static string Source(int i) => (i % 10) switch
    {
        0 => JumioIntegration(i),
        1 or 6 => HttpIntegration(i),
        2 or 7 => DomainRecord(i),
        3 or 8 => Repository(i),
        4 => OptionsAndRegistration(i),
        _ => RequestHandler(i),
    };

    private static string JumioIntegration(int i) => $$"""
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;
        using JumioGen;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        namespace Shop.Verification{{i}};

        [JumioApi(Region.EU)]
        public partial interface IJumio{{i}};

        public static class JumioSetup{{i}}
        {
            public static IServiceCollection AddVerification(this IServiceCollection services, IConfiguration configuration)
            {
                services.AddJumioClient<IJumio{{i}}>(configuration.GetSection("Jumio"));
                return services;
            }
        }

        public sealed class Onboarding{{i}}(IJumio{{i}} jumio)
        {
            public async Task<string?> StartAsync(string orderId, CancellationToken cancellationToken)
            {
                var account = await jumio.CreateAccountAsync(new AccountRequest
                {
                    CustomerInternalReference = orderId,
                    WorkflowDefinition = new WorkflowDefinition { Key = 10011 },
                }, cancellationToken);
                var status = await jumio.GetWorkflowStatusAsync(account.Account!.Id!, account.WorkflowExecution!.Id!, cancellationToken);
                return status.WorkflowExecution?.Status;
            }

            // Basic is right on the token endpoint (and only there).
            public static HttpRequestMessage TokenRequest(IConfiguration configuration)
            {
                var request = new HttpRequestMessage(HttpMethod.Post, "https://auth.emea-1.jumio.ai/oauth2/token");
                var pair = configuration["Jumio:ClientId"] + ":" + configuration["Jumio:ClientSecret"];
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
                return request;
            }
        }
        """;

    private static string HttpIntegration(int i) => $$"""
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Net.Http.Json;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Shop.Integrations{{i}};

        public sealed record Shipment{{i}}(string Id, string Carrier, decimal Weight);

        public sealed class CarrierClient{{i}}(HttpClient http, string apiKey)
        {
            public async Task<Shipment{{i}}?> GetShipmentAsync(string id, CancellationToken cancellationToken)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.carrier{{i}}.example.com/v2/shipments/" + Uri.EscapeDataString(id));
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("shop:" + apiKey)));
                using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<Shipment{{i}}>(cancellationToken).ConfigureAwait(false) : null;
            }
        }
        """;

    private static string DomainRecord(int i) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        namespace Shop.Domain{{i}};

        public sealed record OrderLine{{i}}(string Sku, int Quantity, decimal UnitPrice);

        public sealed class Order{{i}}(string customer)
        {
            private readonly List<OrderLine{{i}}> _lines = new();

            public string Customer { get; } = customer;

            public decimal Total => _lines.Sum(line => line.Quantity * line.UnitPrice);

            public void Add(string sku, int quantity, decimal unitPrice)
            {
                if (quantity <= 0) throw new ArgumentOutOfRangeException(nameof(quantity));
                _lines.Add(new OrderLine{{i}}(sku.Trim().ToUpperInvariant(), quantity, unitPrice));
            }
        }
        """;

    private static string Repository(int i) => $$"""
        using System;
        using System.Collections.Concurrent;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Shop.Storage{{i}};

        public sealed record Customer{{i}}(Guid Id, string Name, string Email);

        public sealed class CustomerStore{{i}}
        {
            private readonly ConcurrentDictionary<Guid, Customer{{i}}> _customers = new();

            public Task<Customer{{i}}?> FindAsync(Guid id, CancellationToken cancellationToken)
            {
                cancellationToken.ThrowIfCancellationRequested();
                return Task.FromResult(_customers.TryGetValue(id, out var customer) ? customer : null);
            }

            public void Save(Customer{{i}} customer)
            {
                if (!customer.Email.Contains('@', StringComparison.Ordinal)) throw new ArgumentException("Not an e-mail address.", nameof(customer));
                _customers[customer.Id] = customer;
            }
        }
        """;

    private static string OptionsAndRegistration(int i) => $$"""
        using System;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        namespace Shop.Setup{{i}};

        public sealed class MailOptions{{i}}
        {
            public string Host { get; set; } = "smtp.example.com";

            public string? Password { get; set; }
        }

        public static class MailSetup{{i}}
        {
            public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
            {
                services.AddSingleton(new MailOptions{{i}} { Host = configuration["Mail:Host"] ?? "smtp.example.com", Password = configuration["Mail:Password"] });
                services.AddHttpClient("mail{{i}}", http => http.BaseAddress = new Uri("https://mail-api.example.com/"));
                return services;
            }
        }
        """;

    private static string RequestHandler(int i) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        namespace Shop.Handlers{{i}};

        public sealed record Query{{i}}(string Term, int Page, int PageSize);

        public sealed class SearchHandler{{i}}(IReadOnlyList<string> catalogue)
        {
            public IReadOnlyList<string> Handle(Query{{i}} query)
            {
                if (query.Page < 1 || query.PageSize is < 1 or > 100) throw new ArgumentOutOfRangeException(nameof(query));
                return catalogue
                    .Where(item => item.Contains(query.Term, StringComparison.OrdinalIgnoreCase))
                    .Skip((query.Page - 1) * query.PageSize)
                    .Take(query.PageSize)
                    .ToList();
            }
        }
        """;
}

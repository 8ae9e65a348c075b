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
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Net.Http.Json;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Shop.Integrations{{i}};

        public sealed record Shipment{{i}}(string Id, string Carrier, decimal Weight, DateTimeOffset CreatedAt);

        public sealed class CarrierClient{{i}}(HttpClient http, string apiKey)
        {
            private static readonly Uri BaseAddress = new("https://api.carrier{{i}}.example.com/v2/");

            public async Task<Shipment{{i}}?> GetShipmentAsync(string id, CancellationToken cancellationToken)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(BaseAddress, "shipments/" + Uri.EscapeDataString(id)));
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("shop:" + apiKey)));
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    return null;
                }

                return await response.Content.ReadFromJsonAsync<Shipment{{i}}>(cancellationToken).ConfigureAwait(false);
            }

            public async Task<IReadOnlyList<string>> TrackAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
            {
                var events = new List<string>();
                foreach (var id in ids)
                {
                    var shipment = await GetShipmentAsync(id, cancellationToken).ConfigureAwait(false);
                    events.Add(shipment is null ? $"{id}: unknown" : $"{id}: {shipment.Carrier} {shipment.Weight:F2} kg");
                }

                return events;
            }
        }
        """;

    private static string DomainRecord(int i) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        namespace Shop.Domain{{i}};

        public enum OrderState{{i}} { New, Paid, Shipped, Cancelled }

        public sealed record OrderLine{{i}}(string Sku, int Quantity, decimal UnitPrice)
        {
            public decimal Total => Quantity * UnitPrice;
        }

        public sealed class Order{{i}}
        {
            private readonly List<OrderLine{{i}}> _lines = new();

            public Order{{i}}(string customer) => Customer = customer ?? throw new ArgumentNullException(nameof(customer));

            public string Customer { get; }

            public OrderState{{i}} State { get; private set; }

            public IReadOnlyList<OrderLine{{i}}> Lines => _lines;

            public decimal Total => _lines.Sum(line => line.Total);

            public void Add(string sku, int quantity, decimal unitPrice)
            {
                if (State != OrderState{{i}}.New) throw new InvalidOperationException($"Order is {State}.");
                if (quantity <= 0) throw new ArgumentOutOfRangeException(nameof(quantity));
                var existing = _lines.FindIndex(line => string.Equals(line.Sku, sku, StringComparison.OrdinalIgnoreCase));
                if (existing >= 0)
                {
                    _lines[existing] = _lines[existing] with { Quantity = _lines[existing].Quantity + quantity };
                    return;
                }

                _lines.Add(new OrderLine{{i}}(sku.Trim().ToUpperInvariant(), quantity, unitPrice));
            }

            public void Pay() => State = State == OrderState{{i}}.New && _lines.Count > 0 ? OrderState{{i}}.Paid : throw new InvalidOperationException("Nothing to pay.");

            public string Describe() => string.Join(", ", _lines.OrderBy(l => l.Sku).Select(l => $"{l.Quantity}x {l.Sku}"));
        }
        """;

    private static string Repository(int i) => $$"""
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Shop.Storage{{i}};

        public interface ICustomerStore{{i}}
        {
            Task<Customer{{i}}?> FindAsync(Guid id, CancellationToken cancellationToken);

            Task SaveAsync(Customer{{i}} customer, CancellationToken cancellationToken);
        }

        public sealed record Customer{{i}}(Guid Id, string Name, string Email, DateTimeOffset Since);

        public sealed class InMemoryCustomerStore{{i}} : ICustomerStore{{i}}
        {
            private readonly ConcurrentDictionary<Guid, Customer{{i}}> _customers = new();

            public Task<Customer{{i}}?> FindAsync(Guid id, CancellationToken cancellationToken)
            {
                cancellationToken.ThrowIfCancellationRequested();
                return Task.FromResult(_customers.TryGetValue(id, out var customer) ? customer : null);
            }

            public Task SaveAsync(Customer{{i}} customer, CancellationToken cancellationToken)
            {
                ArgumentNullException.ThrowIfNull(customer);
                if (!customer.Email.Contains('@', StringComparison.Ordinal))
                {
                    throw new ArgumentException("Not an e-mail address.", nameof(customer));
                }

                _customers[customer.Id] = customer;
                return Task.CompletedTask;
            }

            public IEnumerable<Customer{{i}}> Since(DateTimeOffset moment) =>
                _customers.Values.Where(c => c.Since >= moment).OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase);
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

            public int Port { get; set; } = 587;

            public string? User { get; set; }

            public string? Password { get; set; }

            public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
        }

        public static class MailSetup{{i}}
        {
            public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
            {
                var options = new MailOptions{{i}}
                {
                    Host = configuration["Mail:Host"] ?? "smtp.example.com",
                    User = configuration["Mail:User"],
                    Password = configuration["Mail:Password"],
                };
                if (int.TryParse(configuration["Mail:Port"], out var port))
                {
                    options.Port = port;
                }

                services.AddSingleton(options);
                services.AddHttpClient("mail{{i}}", http => http.BaseAddress = new Uri("https://mail-api.example.com/"));
                return services;
            }
        }
        """;

    private static string RequestHandler(int i) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.Linq;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Shop.Handlers{{i}};

        public sealed record Query{{i}}(string Term, int Page, int PageSize);

        public sealed record Result{{i}}(IReadOnlyList<string> Items, int Total);

        public sealed class SearchHandler{{i}}
        {
            private readonly IReadOnlyList<string> _catalogue;

            public SearchHandler{{i}}(IEnumerable<string> catalogue) => _catalogue = catalogue.ToArray();

            public Task<Result{{i}}> HandleAsync(Query{{i}} query, CancellationToken cancellationToken)
            {
                if (query.Page < 1 || query.PageSize is < 1 or > 100)
                {
                    throw new ArgumentOutOfRangeException(nameof(query), "Page must be >= 1 and PageSize 1..100.");
                }

                var matches = _catalogue
                    .Where(item => item.Contains(query.Term, StringComparison.OrdinalIgnoreCase))
                    .ToList();
                var page = matches.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList();
                return Task.FromResult(new Result{{i}}(page, matches.Count));
            }

            public static string Format(Result{{i}} result)
            {
                var text = new StringBuilder();
                foreach (var (item, index) in result.Items.Select((item, index) => (item, index)))
                {
                    text.Append((index + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").AppendLine(item);
                }

                return text.Append("total: ").Append(result.Total.ToString(CultureInfo.InvariantCulture)).ToString();
            }
        }
        """;
}

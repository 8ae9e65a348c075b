using Microsoft.CodeAnalysis;

namespace JumioGen.Generator.Tests;

/// <summary>Declarations spread the way real projects spread them, compiled with every warning on.</summary>
public sealed class CompilationTests
{
    private const string FileScoped = """
        using System.Threading;
        using System.Threading.Tasks;
        using JumioGen;
        namespace Acme.Onboarding;

        [JumioApi(Region.EU)]
        public partial interface IJumio
        {
            [Get("api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}/status")]
            Task<JumioResponse<WorkflowStatus>> TryGetStatusAsync(string accountId, string workflowExecutionId, CancellationToken cancellationToken = default);
        }
        """;

    // The same interface name in another namespace, nested in a partial class and a partial record struct.
    private const string Nested = """
        using JumioGen;
        namespace Acme.Compliance
        {
            public static partial class Clients
            {
                internal partial record struct Holder
                {
                    [JumioApi(Region.US, StandardOperations = false)]
                    internal partial interface IJumio
                    {
                        [Delete("api/v1/accounts/{accountId}")]
                        System.Threading.Tasks.Task ForgetAsync(string accountId, System.Threading.CancellationToken cancellationToken = default);
                    }
                }
            }
        }
        """;

    // One interface in two files: the attribute in one, operations in both.
    private const string SplitFirst = """
        namespace Acme.Split;

        [JumioGen.JumioApi(JumioGen.Region.SG)]
        internal partial interface ISplit
        {
            [JumioGen.Get("api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}")]
            System.Threading.Tasks.Task<JumioGen.WorkflowDetails> DetailsAsync(string accountId, string workflowExecutionId, System.Threading.CancellationToken cancellationToken = default);
        }
        """;

    private const string SplitSecond = """
        namespace Acme.Split;

        internal partial interface ISplit
        {
            [JumioGen.Get("api/v1/accounts/{accountId}/credentials/{credentialId}/parts/{classifier}")]
            System.Threading.Tasks.Task<System.IO.Stream> ImageAsync(string accountId, string credentialId, string classifier, System.Threading.CancellationToken cancellationToken = default);
        }
        """;

    private const string GlobalInternal = """
        [JumioGen.JumioApi(JumioGen.Region.EU)]
        internal partial interface IGlobal;
        """;

    [Fact]
    public void Several_interfaces_in_one_project_each_get_their_own_file_and_compile_cleanly()
    {
        var (result, output) = GeneratorHarness.Run(FileScoped, Nested, SplitFirst, SplitSecond, GlobalInternal);

        var files = result.Results[0].GeneratedSources.Select(source => source.HintName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["Acme.Compliance.Clients.Holder.IJumio.g.cs", "Acme.Onboarding.IJumio.g.cs", "Acme.Split.ISplit.g.cs", "IGlobal.g.cs"], files);
        Assert.All(result.Results[0].GeneratedSources, source => Assert.Contains("file sealed class", source.SourceText.ToString(), StringComparison.Ordinal));

        var split = result.Results[0].GeneratedSources.Single(source => source.HintName == "Acme.Split.ISplit.g.cs").SourceText.ToString();
        Assert.Contains("ISplit.DetailsAsync(", split, StringComparison.Ordinal);
        Assert.Contains("ISplit.ImageAsync(", split, StringComparison.Ordinal);

        var assembly = GeneratorHarness.Load(output);
        foreach (var name in new[] { "Acme.Onboarding.IJumio", "Acme.Compliance.Clients+Holder+IJumio", "Acme.Split.ISplit", "IGlobal" })
        {
            Assert.NotNull(CreateClient(assembly.GetType(name, throwOnError: true)!));
        }
    }

    // Shapes where nullable annotations, value types, keywords and odd names meet generated code.
    [Fact]
    public void Unusual_but_valid_shapes_compile_cleanly()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Text.Json.Serialization;
            using System.Threading;
            using System.Threading.Tasks;
            using JumioGen;

            namespace Acme.Odd
            {
                public sealed class Item
                {
                    public string? Name { get; set; }
                }

                public struct Point
                {
                    public int X { get; set; }
                }

                [JsonSerializable(typeof(List<string?>))]
                [JsonSerializable(typeof(Item))]
                [JsonSerializable(typeof(Point))]
                [JsonSerializable(typeof(Point?))]
                [JsonSerializable(typeof(int))]
                internal sealed partial class OddJson : JsonSerializerContext;

                [JumioApi(Region.EU, JsonContext = typeof(OddJson), StandardOperations = false)]
                internal partial interface IOdd
                {
                    [Get("a")] Task<List<string?>> NestedNullableAsync();
                    [Get("b")] Task<JumioResponse<Item?>> NullableResponseAsync();
                    [Get("c")] Task<Item?> NullableResultAsync();
                    [Get("d")] Task<Point?> NullableStructAsync([Body] Point? body);
                    [Post("e")] Task<int> StructBodyAsync([Body] Point body, [Query] int? n, [Query] long[]? ids);
                    [Post("e2")] Task StructPartAsync([Part("p")] Point? part, [Part("q")] Point other, [Part("r")] Item? item);
                    [Put("f/{event}")] Task @class(string @event, [Header("X-When")] DateTimeOffset when, [Query] Guid? id);
                    [Patch("g")] Task GetHashCode([Body] List<string?>? values);
                    [Get("h")] Task<Item> Equals([Part("x")] byte[]? bytes, [Part("y")] System.Net.Http.HttpContent? content, [Part("z")] System.IO.MemoryStream? stream);
                }
            }

            namespace Acme.Oblivious
            {
                #nullable disable
                [JumioGen.JumioApi(JumioGen.Region.US)]
                public partial interface IOblivious
                {
                    [JumioGen.Get("a/{id}")] System.Threading.Tasks.Task<JumioGen.WorkflowStatus> ReadAsync(string id, [JumioGen.Query] string q, [JumioGen.Body] JumioGen.AccountRequest request, System.Threading.CancellationToken cancellationToken);
                }
                #nullable restore
            }
            """;

        var (result, _) = GeneratorHarness.Run(source);

        Assert.Equal(2, result.Results[0].GeneratedSources.Length);
        Assert.All(result.Results[0].GeneratedSources, generated => Assert.Contains("file sealed class", generated.SourceText.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Output_is_deterministic()
    {
        var first = GeneratorHarness.Run(FileScoped, Nested, SplitFirst, SplitSecond).Result.Results[0].GeneratedSources;
        var second = GeneratorHarness.Run(FileScoped, Nested, SplitFirst, SplitSecond).Result.Results[0].GeneratedSources;

        Assert.Equal(first.Select(s => (s.HintName, s.SourceText.ToString())), second.Select(s => (s.HintName, s.SourceText.ToString())));
    }

    // Refit #2254: helper types generated into two assemblies collide through InternalsVisibleTo (CS0436). JumioGen's
    // implementation and registration are file-local, so a project can use another's internal client and have its own.
    [Fact]
    public void Two_projects_with_InternalsVisibleTo_both_using_JumioGen_do_not_clash()
    {
        const string core = """
            [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Acme.App")]
            namespace Acme;

            [JumioGen.JumioApi(JumioGen.Region.EU)]
            internal partial interface IJumio
            {
                [JumioGen.Delete("api/v1/accounts/{accountId}")]
                System.Threading.Tasks.Task ForgetAsync(string accountId, System.Threading.CancellationToken cancellationToken = default);
            }
            """;
        // Acme.App.Outer.IJumio: its implementation and registration have the same names, in the same namespace
        // (Acme.IJumioImplementation, Acme.IJumioRegistration), as Acme.Core's.
        const string app = """
            namespace Acme;

            public static partial class Outer
            {
                [JumioGen.JumioApi(JumioGen.Region.US)]
                internal partial interface IJumio;
            }

            public static class Uses
            {
                // The referenced project's internal client, seen through InternalsVisibleTo.
                public static System.Type Core => typeof(global::Acme.IJumio);
            }
            """;
        var (_, coreOutput) = GeneratorHarness.Run(GeneratorHarness.Compile("Acme.Core", [], core));

        var (_, appOutput) = GeneratorHarness.Run(GeneratorHarness.Compile("Acme.App", [GeneratorHarness.ToReference(coreOutput)], app));

        Assert.DoesNotContain(appOutput.GetDiagnostics(), d => d.Id == "CS0436");
        var assemblies = GeneratorHarness.LoadAll(coreOutput, appOutput);
        var coreClient = CreateClient(assemblies[0].GetType("Acme.IJumio", throwOnError: true)!);
        var appClient = CreateClient(assemblies[1].GetType("Acme.Outer+IJumio", throwOnError: true)!);
        Assert.NotEqual(coreClient.GetType().Assembly, appClient.GetType().Assembly);

        // The test can fail: the same generated code with internal instead of file-local helpers does clash.
        var internalCore = WithInternalHelpers(coreOutput);
        var internalApp = WithInternalHelpers(appOutput).ReplaceReference(appOutput.References.Last(), GeneratorHarness.ToReference(internalCore));
        Assert.Contains(internalApp.GetDiagnostics(), d => d.Id == "CS0436");
    }

    private static Compilation WithInternalHelpers(Compilation output)
    {
        foreach (var tree in output.SyntaxTrees.Where(tree => tree.FilePath.EndsWith("IJumio.g.cs", StringComparison.Ordinal)))
        {
            var text = tree.GetText().ToString().Replace("file sealed class", "internal sealed class", StringComparison.Ordinal).Replace("file static class", "internal static class", StringComparison.Ordinal);
            output = output.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text)));
        }

        return output;
    }

    internal static object CreateClient(Type clientType)
    {
        var options = new JumioClientOptions
        {
            ClientId = "id",
            ClientSecret = "secret",
            UserAgent = "Acme Tests/1.0",
            Endpoints = JumioEndpoints.SingleHost(new Uri("http://127.0.0.1:9/")),
        };
        var create = typeof(JumioClient).GetMethod(nameof(JumioClient.Create))!.MakeGenericMethod(clientType);
        var arguments = create.GetParameters().Select(p => p.Position == 0 ? options : p.HasDefaultValue ? p.DefaultValue : null).ToArray();
        var client = create.Invoke(null, arguments)!;
        Assert.True(clientType.IsInstanceOfType(client));
        return client;
    }
}

using AddPartial = JumioGen.Analyzers.Tests.Verifiers.CodeFixVerifier<JumioGen.Analyzers.Declarations.JumioApiDeclarationAnalyzer, JumioGen.CodeFixes.Declarations.AddPartialCodeFix>;
using AddToken = JumioGen.Analyzers.Tests.Verifiers.CodeFixVerifier<JumioGen.Analyzers.Declarations.JumioApiDeclarationAnalyzer, JumioGen.CodeFixes.Declarations.AddCancellationTokenCodeFix>;

namespace JumioGen.Analyzers.Tests.Declarations;

/// <summary>JUMIO100 and JUMIO112 fixes, one at a time and with Fix All (the verifier runs both); the result compiles.</summary>
public sealed class DeclarationCodeFixTests
{
    [Fact]
    public Task Fix_all_makes_interfaces_and_their_containing_types_partial() =>
        AddPartial.VerifyAsync(
            """
            using JumioGen;

            namespace Acme
            {
                [JumioApi(Region.EU)]
                public interface {|JUMIO100:IJumio|}
                {
                }

                public static class Clients
                {
                    [JumioApi(Region.US)]
                    internal partial interface {|JUMIO100:IUs|};
                }

                [JumioApi(Region.SG)]
                interface {|JUMIO100:ISg|};
            }
            """,
            """
            using JumioGen;

            namespace Acme
            {
                [JumioApi(Region.EU)]
                public partial interface IJumio
                {
                }

                public static partial class Clients
                {
                    [JumioApi(Region.US)]
                    internal partial interface IUs;
                }

                [JumioApi(Region.SG)]
                partial interface ISg;
            }
            """);

    [Fact]
    public Task Fix_all_adds_a_cancellation_token_last_or_before_params() =>
        AddToken.VerifyAsync(
            """
            using System.Threading;
            using System.Threading.Tasks;
            using JumioGen;

            [JumioApi(Region.EU)]
            public partial interface IJumio
            {
                [Get("a")]
                Task {|JUMIO112:PingAsync|}();

                [Get("b/{id}")]
                Task {|JUMIO112:ReadAsync|}(string id, [Query] string cancellationToken);

                [Get("c")]
                Task {|JUMIO112:ListAsync|}([Query] params string[] tags);
            }
            """,
            """
            using System.Threading;
            using System.Threading.Tasks;
            using JumioGen;

            [JumioApi(Region.EU)]
            public partial interface IJumio
            {
                [Get("a")]
                Task PingAsync(CancellationToken cancellationToken = default);

                [Get("b/{id}")]
                Task ReadAsync(string id, [Query] string cancellationToken, CancellationToken cancellationToken2 = default);

                [Get("c")]
                Task ListAsync(CancellationToken cancellationToken = default, [Query] params string[] tags);
            }
            """);

    [Fact]
    public Task Without_a_using_the_type_is_qualified() =>
        AddToken.VerifyAsync(
            """
            [JumioGen.JumioApi(JumioGen.Region.EU)]
            public partial interface IJumio
            {
                [JumioGen.Delete("a/{id}")]
                System.Threading.Tasks.Task {|JUMIO112:DeleteAsync|}(string id);
            }
            """,
            """
            [JumioGen.JumioApi(JumioGen.Region.EU)]
            public partial interface IJumio
            {
                [JumioGen.Delete("a/{id}")]
                System.Threading.Tasks.Task DeleteAsync(string id, System.Threading.CancellationToken cancellationToken = default);
            }
            """);
}

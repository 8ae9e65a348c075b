using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace JumioGen.Analyzers.ValueFlow;

/// <summary>The text of string literals and interpolated strings where they are written (holes for interpolations).</summary>
internal static class StringLiterals
{
    public static readonly ImmutableArray<OperationKind> OperationKinds = ImmutableArray.Create(OperationKind.Literal, OperationKind.InterpolatedString);

    public static string? TextOf(IOperation operation)
    {
        switch (operation)
        {
            case ILiteralOperation { Parent: IInterpolatedStringTextOperation }:
                return null; // a piece of an interpolated string: the whole string is looked at instead
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } }:
                return text;
            case IInterpolatedStringOperation { ConstantValue: { HasValue: true, Value: string text } }:
                return text;
            case IInterpolatedStringOperation interpolated:
                var builder = new StringBuilder();
                foreach (var part in interpolated.Parts)
                {
                    builder.Append(part is IInterpolatedStringTextOperation { Text.ConstantValue.Value: string piece } ? piece : StringValue.Unknown);
                }

                return builder.ToString();
            default:
                return null;
        }
    }
}

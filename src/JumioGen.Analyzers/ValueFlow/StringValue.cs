using System.Collections.Generic;
using System.Linq;

namespace JumioGen.Analyzers.ValueFlow;

/// <summary>
/// The strings an expression may evaluate to, as far as the analyzer can see. Unknown pieces (a parameter, a method
/// call, an interpolation of something unknown) are written as <see cref="Hole"/>; a value that is only a hole means
/// "anything".
/// </summary>
internal static class StringValue
{
    /// <summary>Stands for an unknown piece of text. Not a character people write in URLs or secrets.</summary>
    public const char Hole = '\uFFFF';

    public static readonly string Unknown = Hole.ToString();

    /// <summary>At most this many alternatives are tracked; more collapse into <see cref="Unknown"/>.</summary>
    public const int MaxAlternatives = 8;

    public static bool IsComplete(string value) => value.IndexOf(Hole) < 0;

    public static IReadOnlyList<string> Concat(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        if (left.Count * right.Count > MaxAlternatives)
        {
            return [Unknown];
        }

        return left.SelectMany(l => right.Select(r => l + r)).Distinct().ToList();
    }
}

using System.Globalization;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Drafting;

/// <summary>
/// How typed answers are read and checked as the questionnaire goes, with the same rules the reader applies later:
/// a refusal is said in the drafter's language and the question is asked again.
/// </summary>
public static class AnswerChecks
{
    private static readonly char[] Separators = [';', '；'];

    /// <summary>Null when <paramref name="id"/> is a well-formed id not yet used; otherwise why not.</summary>
    public static LocalizedText? Id(string id, IReadOnlyCollection<string> taken) =>
        !FieldRules.IsId(id) ? DraftWords.BadId
        : taken.Contains(id, StringComparer.Ordinal) ? DraftWords.IdTaken
        : null;

    /// <summary>A whole number, as the reader parses <c>year</c>.</summary>
    public static int? Year(string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year) ? year : null;

    /// <summary>A finite number above 0, as the validator requires of <c>reviewCycleYears</c>.</summary>
    public static double? PositiveNumber(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) && n > 0 ? n : null;

    /// <summary>Entries separated by ';' (or the full-width '；' a Chinese keyboard types), trimmed, blanks and repeats dropped.</summary>
    public static string[] Entries(string text) =>
        [.. text.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];
}

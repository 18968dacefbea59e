using System.Globalization;

namespace Analyzer.Core;

/// <summary>
/// Fills a sentence template of the en/zh wordings (<c>{0}</c>, <c>{1}</c>) in the invariant culture, so a number
/// reads the same on every machine. One helper for every human-readable output.
/// </summary>
public static class Template
{
    public static string Fill(string template, params object?[] values) => string.Format(CultureInfo.InvariantCulture, template, values);
}

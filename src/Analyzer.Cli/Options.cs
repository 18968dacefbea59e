using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Analyzer.Core.Diagnostics;

namespace Analyzer.Cli;

/// <summary>
/// Options whose values are numbers. Each parses its own value, so a bad one is reported in the user's terms
/// ("a whole number of at least 1") instead of a CLR type name, and never reaches a validator as an exception.
/// </summary>
internal static class Options
{
    public static Option<int> WholeNumber(string name, string description, int atLeast, Func<int> byDefault)
    {
        var expected = string.Create(CultureInfo.InvariantCulture, $"a whole number of at least {atLeast}");
        return new Option<int>(name)
        {
            Description = description,
            HelpName = "N",
            DefaultValueFactory = _ => byDefault(),
            // On a bad value the parser records an error, which stops the run; the number returned then is never used.
            CustomParser = result => Parse<int>(result, name, expected, text =>
                int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= atLeast ? n : null) ?? atLeast,
        };
    }

    /// <summary>A score threshold: scores run from 0 to 100.</summary>
    public static Option<double?> Score(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "N",
        CustomParser = result => Parse<double>(result, name, "a score from 0 to 100", text =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 100 ? n : null),
    };

    /// <summary>
    /// Restricts a text option to a few values, said in one line that names the option
    /// (<c>--lang expects one of 'en', 'zh'; found 'fr'.</c>), where the library's own message spans several lines and
    /// names no option.
    /// </summary>
    public static Option<T> OneOf<T>(this Option<T> option, params string[] allowed)
    {
        option.HelpName = string.Join('|', allowed);
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !allowed.Contains(value, StringComparer.Ordinal))
            {
                result.AddError(Problems.BadOptionValue(option.Name, $"one of {string.Join(", ", allowed.Select(a => $"'{a}'"))}", value));
            }
        });
        return option;
    }

    private static T? Parse<T>(ArgumentResult result, string name, string expected, Func<string, T?> parse)
        where T : struct
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (parse(text) is { } value)
        {
            return value;
        }
        result.AddError(Problems.BadOptionValue(name, expected, text));
        return null;
    }
}

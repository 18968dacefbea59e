using System.CommandLine;
using Analyzer.Core.Reporting;

namespace Analyzer.Cli;

/// <summary>The <c>--delimiter</c> option of the commands that write CSV.</summary>
internal static class CsvOptions
{
    private static readonly string[] Allowed = [",", ";", "tab"];

    /// <summary>
    /// <c>;</c> is for spreadsheets in locales that write decimals with a comma: Excel and LibreOffice there split
    /// on semicolons and read <c>63,9</c> as a number, so scores are then written with a decimal comma.
    /// </summary>
    public static Option<string> Delimiter()
    {
        var option = new Option<string>("--delimiter")
        {
            Description = "The CSV field separator: ',' (default), ';' (then scores use a decimal comma) or 'tab'.",
            DefaultValueFactory = _ => ",",
        };
        option.OneOf(Allowed);
        return option;
    }

    public static CsvDialect Dialect(string value) => CsvDialect.ForSeparator(value == "tab" ? '\t' : value[0]);
}

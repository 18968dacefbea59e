using System.CommandLine;

namespace Analyzer.Cli;

/// <summary>The <c>--delimiter</c> option of the commands that write CSV.</summary>
internal static class CsvOptions
{
    private static readonly string[] Allowed = [",", ";", "tab"];

    /// <summary>
    /// <c>;</c> is for spreadsheets in locales that write decimals with a comma (Excel and LibreOffice there split
    /// on semicolons); scores are always written with a point.
    /// </summary>
    public static Option<string> Delimiter()
    {
        var option = new Option<string>("--delimiter")
        {
            Description = "The CSV field separator: ',' (default), ';' or 'tab'.",
            DefaultValueFactory = _ => ",",
        };
        option.AcceptOnlyFromAmong(Allowed);
        return option;
    }

    public static char Separator(string value) => value == "tab" ? '\t' : value[0];
}

namespace Analyzer.Core.Reporting;

/// <summary>
/// How a CSV file separates fields and writes decimals. The standard is comma and point. Where a comma is the
/// decimal mark (most of continental Europe, Latin America), spreadsheets expect the other convention, semicolon and
/// comma, as R's <c>write.csv2</c> writes it; it is chosen by the user, never by the machine's locale, so the same
/// command gives the same bytes everywhere.
/// </summary>
public sealed record CsvDialect(char Separator, char DecimalMark)
{
    public static readonly CsvDialect Standard = new(',', '.');

    public static CsvDialect ForSeparator(char separator) => separator == ';' ? new(';', ',') : Standard with { Separator = separator };

    /// <summary>A score with one decimal in this dialect; blank when there is none.</summary>
    public string Score(double? value)
    {
        var text = ReportRows.Score(value);
        return DecimalMark == '.' ? text : text.Replace('.', DecimalMark);
    }
}

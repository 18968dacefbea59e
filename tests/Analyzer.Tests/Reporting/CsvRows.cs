using System.Text;
using Analyzer.Core.Reporting;

namespace Analyzer.Tests.Reporting;

/// <summary>Reads a report CSV (UTF-8 with a byte order mark, RFC 4180 quoting) into rows of cells, the header first.</summary>
internal static class CsvRows
{
    public static IReadOnlyList<string[]> Read(string path, char separator = ',')
    {
        var rows = new List<string[]>();
        new CsvRecordScanner(separator, CsvRecordScanner.AllColumns).Feed<object>(File.ReadAllText(path, Encoding.UTF8), (cells, _) =>
        {
            rows.Add([.. cells]);
            return null;
        });
        return rows;
    }
}

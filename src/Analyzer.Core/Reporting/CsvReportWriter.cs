using CsvHelper;

namespace Analyzer.Core.Reporting;

/// <summary>
/// Writes a report as UTF-8 CSV with a byte order mark (so Excel shows Chinese text), escaping cells a spreadsheet
/// would run as formulas. The file appears whole or not at all: it is written beside the target, then renamed.
/// </summary>
public static class CsvReportWriter
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
    };

    public static void WriteFile(string path, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                Write(stream, header, rows);
            }
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public static void Write(Stream stream, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        using var csv = CsvWriter.Create(stream, Options, leaveOpen: true);
        csv.WriteHeader([.. header]);
        foreach (var row in rows)
        {
            csv.WriteRecord(row);
        }
        csv.Flush();
    }
}

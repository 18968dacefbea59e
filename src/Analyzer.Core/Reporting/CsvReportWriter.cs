using CsvHelper;

namespace Analyzer.Core.Reporting;

/// <summary>
/// Writes a report as UTF-8 CSV with a byte order mark (so Excel shows Chinese text), escaping cells a spreadsheet
/// would run as formulas. Rows stream to an <see cref="AtomicFile"/>: the report appears whole or not at all.
/// </summary>
public sealed class CsvReportWriter : IDisposable
{
    internal static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
    };

    private readonly AtomicFile _file;
    private readonly CsvWriter _csv;

    /// <summary>Starts the report at <paramref name="path"/> with its header row; the separator is <c>,</c>, or
    /// <c>;</c> for spreadsheets in locales that write decimals with a comma.</summary>
    public CsvReportWriter(string path, IReadOnlyList<string> header, char separator = ',')
    {
        _file = new AtomicFile(path);
        _csv = CsvWriter.Create(_file.Stream, Options with { Separator = separator }, leaveOpen: true);
        Guarded(() => _csv.WriteHeader([.. header]));
    }

    public void WriteRow(string[] row) => Guarded(() => _csv.WriteRecord(row));

    /// <summary>Flushes and renames the finished file over the target.</summary>
    public void Commit()
    {
        Guarded(() =>
        {
            _csv.Flush();
            _csv.Dispose();
        });
        _file.Commit();
    }

    public void Dispose()
    {
        _csv.Dispose();
        _file.Dispose();
    }

    private void Guarded(Action action) => _file.Guarded(() =>
    {
        action();
        return true;
    });

    /// <summary>The same format to any stream, in one go.</summary>
    public static void Write(Stream stream, IReadOnlyList<string> header, IEnumerable<string[]> rows, char separator = ',')
    {
        using var csv = CsvWriter.Create(stream, Options with { Separator = separator }, leaveOpen: true);
        csv.WriteHeader([.. header]);
        foreach (var row in rows)
        {
            csv.WriteRecord(row);
        }
        csv.Flush();
    }
}

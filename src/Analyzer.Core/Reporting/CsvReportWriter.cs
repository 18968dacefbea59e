using CsvHelper;

namespace Analyzer.Core.Reporting;

/// <summary>
/// Writes a report as UTF-8 CSV with a byte order mark (so Excel shows Chinese text), escaping cells a spreadsheet
/// would run as formulas. Rows stream to a temporary file beside the target (named <c>.report.csv.analyzer-partial-*.tmp</c>,
/// so one left by a killed run is plainly ours), which is renamed over it on
/// <see cref="Commit"/>: the report appears whole or not at all, and a run that fails leaves no temporary file.
/// </summary>
public sealed class CsvReportWriter : IDisposable
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
    };

    private readonly string _target;
    private readonly string _temporary;
    private readonly FileStream _stream;
    private readonly CsvWriter _csv;
    private bool _committed;

    public CsvReportWriter(string path, IReadOnlyList<string> header)
    {
        _target = path;
        var full = Path.GetFullPath(path);
        _temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.analyzer-partial-{Guid.NewGuid():N}.tmp");
        _stream = Guarded(() => new FileStream(_temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None));
        _csv = CsvWriter.Create(_stream, Options, leaveOpen: true);
        Guarded(() => _csv.WriteHeader([.. header]));
    }

    public void WriteRow(string[] row) => Guarded(() => _csv.WriteRecord(row));

    /// <summary>Flushes and renames the finished file over the target.</summary>
    public void Commit() => Guarded(() =>
    {
        _csv.Flush();
        _csv.Dispose();
        _stream.Dispose();
        var target = Path.GetFullPath(_target);
        if (!OperatingSystem.IsWindows() && File.Exists(target))
        {
            File.SetUnixFileMode(_temporary, File.GetUnixFileMode(target)); // a rewritten report keeps its permissions
        }
        File.Move(_temporary, target, overwrite: true);
        _committed = true;
        RemoveStrays(target);
    });

    public void Dispose()
    {
        if (!_committed)
        {
            _csv.Dispose();
            _stream.Dispose();
            File.Delete(_temporary);
        }
    }

    /// <summary>Partial files a killed run left for the same report, once they are an hour old (never a live run's).</summary>
    private static void RemoveStrays(string target)
    {
        var folder = Path.GetDirectoryName(target)!;
        var cutoff = DateTime.UtcNow - TimeSpan.FromHours(1);
        foreach (var stray in Directory.EnumerateFiles(folder, $".{Path.GetFileName(target)}.analyzer-partial-*.tmp"))
        {
            if (File.GetLastWriteTimeUtc(stray) < cutoff)
            {
                File.Delete(stray);
            }
        }
    }

    private void Guarded(Action action) => Guarded(() =>
    {
        action();
        return true;
    });

    /// <summary>A failure to write names the report it was writing, so the user sees which path to fix.</summary>
    private T Guarded<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportFileException(_target, e);
        }
    }

    /// <summary>The same format to any stream, in one go.</summary>
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

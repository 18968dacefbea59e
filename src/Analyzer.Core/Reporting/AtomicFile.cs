namespace Analyzer.Core.Reporting;

/// <summary>
/// A report file written whole or not at all: bytes go to a temporary file beside the target (named
/// <c>.report.csv.analyzer-partial-*.tmp</c>, so one left by a killed run is plainly ours), which <see cref="Commit"/>
/// renames over the target. Disposing without committing deletes the temporary file. Every I/O failure becomes a
/// <see cref="ReportFileException"/> naming the report, so the user sees which path to fix.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private readonly string _target;
    private readonly string _temporary;
    private bool _committed;

    public AtomicFile(string path)
    {
        _target = path;
        var full = System.IO.Path.GetFullPath(path);
        _temporary = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full)!, $".{System.IO.Path.GetFileName(full)}.analyzer-partial-{Guid.NewGuid():N}.tmp");
        Stream = Guarded(() => new FileStream(_temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None));
    }

    public string Path => _target;

    public FileStream Stream { get; }

    /// <summary>The partial file itself, for a writer that reads back what it wrote (once <see cref="Stream"/> is closed).</summary>
    internal string TemporaryPath => _temporary;

    /// <summary>Closes the temporary file and renames it over the target; call after the writer on it is flushed.</summary>
    public void Commit() => Guarded(() =>
    {
        Stream.Dispose();
        var target = System.IO.Path.GetFullPath(_target);
        if (!OperatingSystem.IsWindows() && File.Exists(target))
        {
            File.SetUnixFileMode(_temporary, File.GetUnixFileMode(target)); // a rewritten report keeps its permissions
        }
        File.Move(_temporary, target, overwrite: true);
        _committed = true;
        RemoveStrays(target);
        return true;
    });

    public void Dispose()
    {
        if (!_committed)
        {
            Stream.Dispose();
            File.Delete(_temporary);
        }
    }

    /// <summary>Runs an I/O action on this report, turning its failure into a <see cref="ReportFileException"/>.</summary>
    public T Guarded<T>(Func<T> action)
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

    /// <summary>Partial files a killed run left for the same report, once they are an hour old (never a live run's).</summary>
    private static void RemoveStrays(string target)
    {
        var folder = System.IO.Path.GetDirectoryName(target)!;
        var cutoff = DateTime.UtcNow - TimeSpan.FromHours(1);
        foreach (var stray in Directory.EnumerateFiles(folder, $".{System.IO.Path.GetFileName(target)}.analyzer-partial-*.tmp"))
        {
            if (File.GetLastWriteTimeUtc(stray) < cutoff)
            {
                File.Delete(stray);
            }
        }
    }
}

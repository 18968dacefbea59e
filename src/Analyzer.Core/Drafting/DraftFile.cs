using Analyzer.Core.Diagnostics;

namespace Analyzer.Core.Drafting;

/// <summary>
/// Where <c>analyzer new -o</c> may write, and the write itself. A draft goes only to a <c>.yaml</c> or <c>.yml</c>
/// name (so <c>assess</c> reads it as YAML) in an existing folder; it never replaces a folder, a symbolic link or an
/// existing empty entry (which may be a device or a pipe), and replaces an existing file only when asked to
/// (<c>--force</c>). The text is written to a temporary file beside the target and renamed over it, so the draft
/// appears whole or not at all; without <c>--force</c> the rename itself refuses a file that appeared meanwhile.
/// </summary>
public static class DraftFile
{
    /// <summary>Checked before the first question, so nobody answers sixty questions for a file that cannot be written.</summary>
    public static Diagnostic? Check(string path, bool force)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return Problems.DraftNotAFile(path);
        }
        if (path.Length == 0 || path.EndsWith('/') || path.EndsWith('\\') || Directory.Exists(full))
        {
            return Problems.DraftNotAFile(path);
        }
        if (!full.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !full.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.DraftNotYaml(path);
        }
        if (!Directory.Exists(Path.GetDirectoryName(full)))
        {
            return Problems.DraftFolderMissing(path);
        }
        var existing = new FileInfo(full);
        if (existing.LinkTarget is not null)
        {
            return Problems.DraftOverLink(path); // a dangling link too: the user meant some other file
        }
        if (existing is { Exists: true, Length: 0 })
        {
            return Problems.DraftOverEmptyOrSpecial(path);
        }
        return existing.Exists && !force ? Problems.DraftExists(path) : null;
    }

    /// <summary>Writes <paramref name="content"/> whole; throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>.</summary>
    public static void Write(string path, byte[] content, bool force)
    {
        var target = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.analyzer-partial-{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }
            if (force && !OperatingSystem.IsWindows() && File.Exists(target))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target)); // a replaced draft keeps its permissions
            }
            File.Move(temporary, target, overwrite: force);
        }
        finally
        {
            File.Delete(temporary); // gone already when the rename succeeded
        }
    }
}

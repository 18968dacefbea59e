using Analyzer.Core.Diagnostics;

namespace Analyzer.Core.Reporting;

/// <summary>
/// Checks where reports would be written before anything is read: a report never replaces a proposal being
/// assessed, another report of the same run, a folder, a symbolic link, a device, a pipe or a socket. Only a new file,
/// or an existing regular file (empty, or holding an earlier report), is written. The real file type comes from
/// <see cref="EntryKinds"/>; where it cannot be had, any existing empty entry is refused, since it may be a device.
/// </summary>
public static class ReportTargets
{
    /// <param name="targets">The report paths the user named, with the option that named each.</param>
    /// <param name="inputs">The proposal files the run will read.</param>
    public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<(string Option, string Path)> targets, IReadOnlyList<string> inputs)
    {
        var problems = new List<Diagnostic>();
        var inputSet = inputs.Select(Full).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (option, path) in targets)
        {
            var full = Full(path);
            if (full is null || path.EndsWith('/') || path.EndsWith('\\') || Directory.Exists(path))
            {
                problems.Add(Problems.ReportNotAFile(path, option));
            }
            else if (seen.TryGetValue(full, out var other))
            {
                problems.Add(Problems.ReportTwice(path, option, other));
            }
            else if (inputSet.Contains(full))
            {
                problems.Add(Problems.ReportOverInput(path, option));
            }
            else if (EntryKinds.Of(full) is { } kind)
            {
                if (kind == EntryKind.SymbolicLink)
                {
                    problems.Add(Problems.ReportOverLink(path, option));
                }
                else if (kind is not (EntryKind.Missing or EntryKind.RegularFile))
                {
                    problems.Add(Problems.ReportOverSpecial(path, option, Describe(kind)));
                }
            }
            else if (new FileInfo(full) is { Exists: true, LinkTarget: not null })
            {
                problems.Add(Problems.ReportOverLink(path, option));
            }
            else if (new FileInfo(full) is { Exists: true, Length: 0 })
            {
                // Where the real file type cannot be had, .NET shows a device or a pipe as a plain file of length 0, and
                // renaming over one replaces it; a report is never empty (it has a header), so an existing empty target
                // is refused rather than guessed at.
                problems.Add(Problems.ReportOverEmptyOrSpecial(path, option));
            }
            if (full is not null)
            {
                seen.TryAdd(full, option);
            }
        }
        return problems;
    }

    private static string Describe(EntryKind kind) => kind switch
    {
        EntryKind.CharacterDevice => "character device",
        EntryKind.BlockDevice => "block device",
        EntryKind.NamedPipe => "named pipe (FIFO)",
        EntryKind.Socket => "socket",
        _ => "special file",
    };

    private static string? Full(string path)
    {
        try
        {
            return path.Length == 0 ? null : Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }
}

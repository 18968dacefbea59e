using Analyzer.Core.Diagnostics;

namespace Analyzer.Core.Reporting;

/// <summary>
/// Checks where reports would be written before anything is read: a report never replaces a proposal being
/// assessed, another report of the same run, a folder, a symbolic link, or an existing empty entry (which may be a
/// device or a pipe). Only a new file, or one holding an earlier report, is written.
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
            var existing = full is null ? null : new FileInfo(full);
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
            else if (existing is { Exists: true, LinkTarget: not null })
            {
                problems.Add(Problems.ReportOverLink(path, option));
            }
            else if (existing is { Exists: true, Length: 0 })
            {
                // .NET shows a device or a pipe as a plain file of length 0, and renaming over one replaces it; a report
                // is never empty (it has a header), so an existing empty target is refused rather than guessed at.
                problems.Add(Problems.ReportOverEmptyOrSpecial(path, option));
            }
            if (full is not null)
            {
                seen.TryAdd(full, option);
            }
        }
        return problems;
    }

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

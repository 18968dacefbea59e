using System.IO.Enumeration;
using Analyzer.Core.Diagnostics;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Analyzer.Core.Proposals;

/// <summary>
/// Expands the user's paths into proposal files: a file as given, a folder recursively, or a glob
/// (<c>proposals/**/*.yaml</c>). The result is sorted so a batch is read in the same order everywhere. Folders and
/// globs pass over JSON Schema files (<c>*.schema.json</c>), such as the one that editors read beside the examples,
/// and design spaces (<c>*.space.yaml</c>), which <c>analyzer sweep</c> reads.
/// </summary>
public static class ProposalFinder
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    /// <summary>
    /// The files under a folder. Linked folders are not entered, so a link back up the tree can neither loop nor
    /// find the same proposal twice; linked files are listed, and the reader reads them within its size limit.
    /// </summary>
    private static FileSystemEnumerable<string> FolderWalk(string folder) =>
        new FileSystemEnumerable<string>(folder, (ref FileSystemEntry entry) => entry.ToSpecifiedFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };

    public static (IReadOnlyList<string> Files, IReadOnlyList<Diagnostic> Problems) Find(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var problems = new List<Diagnostic>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (IsSpace(path))
                {
                    problems.Add(Problems.SpaceNamedAsProposal(path));
                }
                else if (IsProposal(path))
                {
                    files.Add(Display(path));
                }
                else
                {
                    problems.Add(Problems.UnsupportedExtension(path));
                }
            }
            else if (Directory.Exists(path))
            {
                List<string> found;
                try
                {
                    found = FolderWalk(path)
                        .Where(IsFoundProposal)
                        .Select(Display)
                        .ToList();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    problems.Add(Problems.Unreadable(path, e.Message));
                    continue;
                }
                if (found.Count == 0)
                {
                    problems.Add(Problems.NoProposalFiles(path));
                }
                files.AddRange(found);
            }
            else if (path.IndexOfAny(['*', '?', '[']) >= 0)
            {
                var found = Glob(path);
                if (found.Count == 0)
                {
                    problems.Add(Problems.NotFound(path));
                }
                files.AddRange(found);
            }
            else
            {
                problems.Add(Problems.NotFound(path));
            }
        }
        return (SortedDistinct(files), problems);
    }

    /// <summary>Sorted once at the end, duplicates dropped: cheaper than keeping a sorted set of 100,000 paths as they come.</summary>
    private static string[] SortedDistinct(List<string> files)
    {
        files.Sort(StringComparer.Ordinal);
        var distinct = new List<string>(files.Count);
        foreach (var file in files)
        {
            if (distinct.Count == 0 || !string.Equals(distinct[^1], file, StringComparison.Ordinal))
            {
                distinct.Add(file);
            }
        }
        return [.. distinct];
    }

    private static List<string> Glob(string pattern)
    {
        // The fixed folders before the first wildcard are the root; the rest is the pattern below it.
        var parts = pattern.Replace('\\', '/').Split('/');
        var fixedCount = parts.TakeWhile(p => p.IndexOfAny(['*', '?', '[']) < 0).Count();
        var root = fixedCount == 0 ? "." : string.Join('/', parts[..fixedCount]);
        if (root.Length == 0)
        {
            root = "/";
        }
        if (!Directory.Exists(root))
        {
            return [];
        }
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', parts[fixedCount..]));
        return matcher.GetResultsInFullPath(root)
            .Select(full => Path.Combine(root, Path.GetRelativePath(root, full)))
            .Where(IsFoundProposal)
            .Select(Display)
            .ToList();
    }

    private static bool IsProposal(string path) => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>A file a folder or glob yields as a proposal; a file named on its own is read whatever its name, a design space excepted.</summary>
    private static bool IsFoundProposal(string path) =>
        IsProposal(path) && !path.EndsWith(SchemaSuffix, StringComparison.OrdinalIgnoreCase) && !IsSpace(path);

    /// <summary>How JSON Schema files are named, so that a folder walk passes over them.</summary>
    public const string SchemaSuffix = ".schema.json";

    /// <summary>
    /// How design spaces (the input of <c>analyzer sweep</c>) are named, so that a folder walk passes over them: they
    /// sit among the examples but describe many proposals, not one.
    /// </summary>
    public static readonly string[] SpaceSuffixes = [".space.yaml", ".space.yml"];

    public static bool IsSpace(string path) =>
        SpaceSuffixes.Any(suffix => path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));

    private static string Display(string path)
    {
        var display = path.Replace('\\', '/');
        return display.StartsWith("./", StringComparison.Ordinal) ? display[2..] : display;
    }
}

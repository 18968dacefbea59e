using System.Text;

namespace Analyzer.Tests;

/// <summary>
/// Compares output with a stored file under Expected/ in the source tree; UPDATE_GOLDEN=1 rewrites it instead.
/// Line endings are normalised because CsvHelper writes CRLF and git may check files out either way.
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string actual, string name)
    {
        var path = Path.Combine(Repo.Root, "tests", "Analyzer.Tests", "Expected", name);
        var normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, normalized, new UTF8Encoding(false));
            return;
        }
        Assert.True(File.Exists(path), $"golden file {path} is missing; run the tests with UPDATE_GOLDEN=1 and review it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, normalized);
    }
}

using System.Text;
using Analyzer.Core.Reporting;

namespace Analyzer.Tests.Reporting;

public sealed class CsvReportWriterTests
{
    [Theory]
    [InlineData("=1+2")]
    [InlineData("+cmd")]
    [InlineData("-2")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tx")]
    public void Write_CellStartingLikeAFormula_IsEscaped(string cell)
    {
        var text = Write([["safe", cell]]);

        Assert.Contains($"'{cell}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ChineseText_IsUtf8WithBomAndCrlf()
    {
        using var stream = new MemoryStream();

        CsvReportWriter.Write(stream, ["a", "b"], [["未满足", "x,y"]]);

        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("a,b\r\n未满足,\"x,y\"\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Commit_LeavesNoTemporaryFileBehind()
    {
        var dir = Directory.CreateTempSubdirectory("analyzer-csv-").FullName;
        try
        {
            using (var writer = new CsvReportWriter(Path.Combine(dir, "r.csv"), ["a"]))
            {
                writer.WriteRow(["1"]);
                writer.Commit();
            }

            Assert.Equal(["r.csv"], Directory.GetFiles(dir).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Commit_OverAnExistingReport_KeepsItsFileMode()
    {
        var dir = Directory.CreateTempSubdirectory("analyzer-csv-").FullName;
        try
        {
            var path = Path.Combine(dir, "r.csv");
            File.WriteAllText(path, "old");
            var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
            File.SetUnixFileMode(path, mode);

            using (var writer = new CsvReportWriter(path, ["a"]))
            {
                writer.Commit();
            }

            Assert.Equal(mode, File.GetUnixFileMode(path));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Commit_PartialFilesLeftByAKilledRun_RemovedOnceAnHourOld()
    {
        var dir = Directory.CreateTempSubdirectory("analyzer-csv-").FullName;
        try
        {
            var old = Path.Combine(dir, ".r.csv.analyzer-partial-old.tmp");
            var live = Path.Combine(dir, ".r.csv.analyzer-partial-live.tmp");
            File.WriteAllText(old, "half");
            File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddHours(-2));
            File.WriteAllText(live, "another run, still writing");

            using (var writer = new CsvReportWriter(Path.Combine(dir, "r.csv"), ["a"]))
            {
                writer.Commit();
            }

            Assert.False(File.Exists(old));
            Assert.True(File.Exists(live));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Dispose_WithoutCommit_LeavesTargetUntouchedAndNoTemporaryFile()
    {
        var dir = Directory.CreateTempSubdirectory("analyzer-csv-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "r.csv"), "old");
            using (var writer = new CsvReportWriter(Path.Combine(dir, "r.csv"), ["a"]))
            {
                writer.WriteRow(["1"]);
            }

            Assert.Equal(["r.csv"], Directory.GetFiles(dir).Select(Path.GetFileName));
            Assert.Equal("old", File.ReadAllText(Path.Combine(dir, "r.csv")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string Write(string[][] rows)
    {
        using var stream = new MemoryStream();
        CsvReportWriter.Write(stream, ["a", "b"], rows);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

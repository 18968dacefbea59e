namespace Analyzer.Tests.Cli;

/// <summary>The reports are the same bytes whatever the number of jobs: every format, files and stdout.</summary>
public sealed class AssessJobsTests
{
    [Fact]
    public void Run_OneJobAndFourJobs_EveryReportByteIdentical()
    {
        using var folder = new TempFolder();
        string[] Reports(int jobs) =>
        [
            $"detail-{jobs}.csv", $"summary-{jobs}.csv", $"summary-{jobs}.parquet", $"summary-{jobs}.jsonl",
        ];
        (int Code, string Stdout) Run(int jobs)
        {
            var names = Reports(jobs);
            var (code, stdout, _) = InProcess.Run("assess", Repo.Proposals, "--jobs", $"{jobs}", "--format", "jsonl",
                "--out", folder[names[0]], "--summary", folder[names[1]]);
            // --summary takes one file, so the other formats are separate runs with the same jobs.
            InProcess.Run("assess", Repo.Proposals, "--jobs", $"{jobs}", "--quiet", "--summary", folder[names[2]]);
            InProcess.Run("assess", Repo.Proposals, "--jobs", $"{jobs}", "--quiet", "--summary", folder[names[3]]);
            return (code, stdout);
        }

        var one = Run(1);
        var four = Run(4);

        Assert.Equal(one, four);
        Assert.True(one.Stdout.Split('\n').Length > 100, "the JSON Lines on stdout have a line per example");
        foreach (var (a, b) in Reports(1).Zip(Reports(4)))
        {
            Assert.True(File.ReadAllBytes(folder[a]).AsSpan().SequenceEqual(File.ReadAllBytes(folder[b])), $"{a} and {b} differ");
        }
        Assert.Equal(File.ReadAllText(folder["summary-1.jsonl"]).Replace(Repo.Root + "/", "", StringComparison.Ordinal), one.Stdout);
    }
}

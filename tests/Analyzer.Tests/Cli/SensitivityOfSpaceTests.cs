using System.Text;

namespace Analyzer.Tests.Cli;

/// <summary><c>analyzer sensitivity space.yaml</c>: a design space's variants ranked under perturbed weights, as files are.</summary>
public sealed class SensitivityOfSpaceTests : IDisposable
{
    private const string Ho = "proposals/spaces/ho-models-by-membership.space.yaml";
    private readonly string _out = Directory.CreateTempSubdirectory("analyzer-sensitivity-space-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public void Run_Space_EveryVariantRankedWithItsValuesFirst()
    {
        var first = InProcess.Run("sensitivity", InProcess.Path(Ho), "--samples", "50", "--out", Path.Combine(_out, "a.csv"));
        var second = InProcess.Run("sensitivity", InProcess.Path(Ho), "--samples", "50", "--out", Path.Combine(_out, "b.csv"));

        Assert.Equal(0, first.Code);
        Assert.StartsWith($"assessed 48 variant(s) of {Ho} against 73 criteria", first.Stderr, StringComparison.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(_out, "a.csv"), Encoding.UTF8);
        Assert.StartsWith("model,membership,challenges,proposal,path,dimension,", lines[0], StringComparison.Ordinal);
        Assert.Equal(1 + (48 * 2), lines.Length); // one row per variant and dimension
        Assert.StartsWith("commission,intergovernmental,answered,advanced-ai-institution-1-1-1,", lines[1], StringComparison.Ordinal);
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_out, "a.csv")), File.ReadAllBytes(Path.Combine(_out, "b.csv")));
    }

    [Fact]
    public void Run_SpaceTooLargeForTheSamples_RefusedBeforeAnythingRuns()
    {
        var space = Path.Combine(_out, "years.space.yaml");
        File.WriteAllText(space, $"base: {InProcess.Path("proposals/gdpr.yaml")}\ndimensions:\n  - name: year\n    path: year\n"
            + $"    values: [{string.Join(", ", Enumerable.Range(1, 3000))}]\n");

        var (code, _, stderr) = InProcess.Run("sensitivity", space, "--samples", "10000");

        Assert.Equal(2, code);
        Assert.Equal("error: 10000 samples of 3000 proposals hold 30000000 scores, over the limit of 25000000; use --samples 8333 or fewer, or fewer proposals.\n", stderr);
    }

    [Fact]
    public void Run_SpaceOverItsLimit_RefusedWithoutOfferingASample()
    {
        var space = Path.Combine(_out, "limited.space.yaml");
        File.WriteAllText(space, $"base: {InProcess.Path("proposals/gdpr.yaml")}\nlimit: 2\ndimensions:\n  - name: year\n    path: year\n    values: [1, 2, 3]\n");

        var (code, _, stderr) = InProcess.Run("sensitivity", space);

        Assert.Equal(2, code);
        Assert.Equal($"{space}:2:8: error: the space has 3 variants, over its stated limit of 2; remove values, or raise 'limit' in the space.\n", stderr);
    }

    [Fact]
    public void Run_BadSpace_ItsLocatedErrors()
    {
        var space = Path.Combine(_out, "bad.space.yaml");
        File.WriteAllText(space, $"base: {InProcess.Path("proposals/gdpr.yaml")}\ndimensions: []\n");

        var (code, _, stderr) = InProcess.Run("sensitivity", space);

        Assert.Equal(2, code);
        Assert.Equal($"{space}:2:13: error: 'dimensions' is empty; a space needs at least one dimension to vary.\n", stderr);
    }
}

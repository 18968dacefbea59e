using System.Text.Json.Nodes;
using Analyzer.Cli;

namespace Analyzer.Tests.Cli;

/// <summary><c>analyzer rules check</c> run in-process: teaching pairs are part of the lint, and a broken one fails it.</summary>
public sealed class RulesCheckTeachingPairTests : IDisposable
{
    private const string Pack = "<pack>";

    private readonly string _rules = Directory.CreateTempSubdirectory("analyzer-pack-").FullName;

    public RulesCheckTeachingPairTests()
    {
        foreach (var file in Directory.GetFiles(Repo.Rules, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(_rules, Path.GetRelativePath(Repo.Rules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public void Dispose() => Directory.Delete(_rules, recursive: true);

    [Fact]
    public void Check_ShippedPack_ReportsEveryPairHolding()
    {
        var (code, stdout, stderr) = InProcess.Run("rules", "check", "--rules", Repo.Rules, "--proposals", Repo.Proposals);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stderr);
        Golden.AssertMatches(stdout, "cli/rules-check.txt");
    }

    [Fact]
    public void Check_MissingAndReversedPairs_ExitOneWithALinePerCriterion()
    {
        EditRule("EF-08", p => p.Remove("teachingPair"));
        EditRule("EF-07", p => p["teachingPair"] = new JsonObject { ["meets"] = "agency-accountable-b", ["fails"] = "agency-accountable-a" });

        var (code, stdout, stderr) = InProcess.Run("rules", "check", "--rules", _rules, "--proposals", Repo.Proposals);

        Assert.Equal(ExitCodes.ThresholdCrossed, code);
        Golden.AssertMatches($"{stdout}--- stderr ---\n{stderr.Replace(_rules, Pack, StringComparison.Ordinal)}", "cli/rules-check-broken-pairs.txt");
    }

    private void EditRule(string id, Action<JsonObject> edit)
    {
        var path = Path.Combine(_rules, "erman-furendal.json");
        var workflow = JsonNode.Parse(File.ReadAllText(path))!;
        var rule = workflow["Rules"]!.AsArray().Single(r => (string?)r!["RuleName"] == id)!;
        edit(rule["Properties"]!.AsObject());
        File.WriteAllText(path, workflow.ToJsonString());
    }
}

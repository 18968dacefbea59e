using Analyzer.Core.Proposals;

namespace Analyzer.Tests.Proposals;

public sealed class ProposalFinderTests
{
    [Fact]
    public void Find_Folder_FindsYamlAndJsonRecursivelyInOrdinalOrder()
    {
        var (files, problems) = ProposalFinder.Find([Repo.TestData("proposals")]);

        Assert.Empty(problems);
        Assert.Contains(files, f => f.EndsWith("valid.json", StringComparison.Ordinal));
        Assert.Equal(files.Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void Find_Glob_MatchesOnlyThePattern()
    {
        var (files, _) = ProposalFinder.Find([Path.Combine(Repo.TestData("proposals"), "wrong-type.*")]);

        Assert.Equal(["wrong-type.json", "wrong-type.yaml"], files.Select(Path.GetFileName));
    }

    [Fact]
    public void Find_MissingPath_ReportsIt()
    {
        var (files, problems) = ProposalFinder.Find(["no/such/place.yaml"]);

        Assert.Empty(files);
        Assert.Equal("no/such/place.yaml: error: no such file or folder, and no file matches it as a pattern.", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Find_ShippedExamples_PassOverTheSchemaUnlessNamed()
    {
        var schema = Path.Combine(Repo.Proposals, "proposal.schema.json");

        var (inFolder, _) = ProposalFinder.Find([Repo.Proposals]);
        var (inGlob, _) = ProposalFinder.Find([Path.Combine(Repo.Proposals, "*.json")]);
        var (named, problems) = ProposalFinder.Find([schema]);

        Assert.DoesNotContain(inFolder, f => f.EndsWith(".schema.json", StringComparison.Ordinal));
        Assert.Empty(inGlob);
        Assert.Equal([schema], named);
        Assert.Empty(problems);
    }

    [Fact]
    public void Find_ShippedExamples_PassOverDesignSpacesAndSayWhatANamedOneIs()
    {
        var spaces = Directory.GetFiles(Path.Combine(Repo.Proposals, "spaces"), "*.space.yaml");

        var (inFolder, folderProblems) = ProposalFinder.Find([Repo.Proposals]);
        var (inGlob, _) = ProposalFinder.Find([Path.Combine(Repo.Proposals, "**", "*.yaml")]);
        var (named, problems) = ProposalFinder.Find([spaces[0]]);

        Assert.NotEmpty(spaces);
        Assert.DoesNotContain(inFolder, f => f.Contains(".space.", StringComparison.Ordinal));
        Assert.Empty(folderProblems);
        Assert.DoesNotContain(inGlob, f => f.Contains(".space.", StringComparison.Ordinal));
        Assert.Equal(inFolder.Count(f => f.EndsWith(".yaml", StringComparison.Ordinal)), inGlob.Count);
        Assert.Empty(named);
        Assert.Equal($"{spaces[0]}: error: this is a design space, not a proposal; run 'analyzer sweep' on it.", Assert.Single(problems).ToString());
    }
}

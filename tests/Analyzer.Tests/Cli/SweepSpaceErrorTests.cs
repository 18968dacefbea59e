namespace Analyzer.Tests.Cli;

/// <summary>
/// Every problem of a design space is located in it (<c>path:line:col: error: ...</c>) and stops the sweep before any
/// variant is assessed. <c>BASE</c> in a space stands for the path of strengthen-regime-complex.yaml.
/// </summary>
public sealed class SweepSpaceErrorTests : IDisposable
{
    private static readonly string Base = InProcess.Path("proposals/strengthen-regime-complex.yaml");
    private readonly string _dir = Directory.CreateTempSubdirectory("analyzer-space-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string, string> Spaces() => new()
    {
        {
            "base: BASE\ndimensions:\n  - name: pathway\n    path: cooperation.pathwy\n    values: [hybrid]\n",
            "s.space.yaml:4:23: error: unknown field 'pathwy' under 'cooperation'; did you mean 'pathway'?"
        },
        {
            "base: BASE\ndimensions:\n  - name: pathway\n    path: pathway\n    values: [hybrid]\n",
            "s.space.yaml:4:11: error: unknown field 'pathway' in a proposal; it is a field under 'cooperation'."
        },
        {
            "base: BASE\ndimensions:\n  - name: scope\n    path: institution.challenges.scoep\n    values: [none]\n",
            "s.space.yaml:4:34: error: 'scoep' is not a key of 'institution.challenges'; did you mean 'scope'?"
        },
        {
            "base: BASE\ndimensions:\n  - name: revocation\n    path: entities[id=oecd-councl].revocableBy\n    values: [[]]\n",
            "s.space.yaml:4:11: error: 'entities[id=oecd-councl]' matches no item of the base proposal; did you mean 'entities[id=oecd-council]'?"
        },
        {
            "base: BASE\ndimensions:\n  - name: x\n    path: entities[idd=oecd-council].kind\n    values: [private]\n",
            "s.space.yaml:4:20: error: the items of 'entities' have no text field 'idd' to select by; did you mean 'id'?"
        },
        {
            "base: BASE\ndimensions:\n  - name: kind\n    path: entities.kind\n    values: [private]\n",
            "s.space.yaml:4:11: error: 'entities' is a list; say which items: entities[*].kind for every one, entities[id=...].kind for one."
        },
        {
            "base: BASE\ndimensions:\n  - name: pathway\n    path: cooperation[0].pathway\n    values: [hybrid]\n",
            "s.space.yaml:4:11: error: 'cooperation' is not a list of records, so '[...]' selects nothing in it; selectors apply to 'entities' and 'decisions'."
        },
        {
            "base: BASE\ndimensions:\n  - name: a\n    path: cooperation..pathway\n    values: [hybrid]\n",
            "s.space.yaml:4:23: error: 'cooperation..pathway' is not a field path: expected a field name at '.'."
        },
        {
            "base: BASE\ndimensions:\n  - name: id\n    path: id\n    values: [x]\n",
            "s.space.yaml:4:11: error: a dimension cannot set 'id': each variant's id is made from its values."
        },
        {
            "base: BASE\ndimensions:\n  - name: pathway\n    path: cooperation.pathway\n    values: [new-institution, newer]\n",
            "s.space.yaml:5:31: error: 'pathway' must be one of new-institution, strengthen-existing, hybrid; found 'newer'."
        },
        {
            "base: BASE\ndimensions:\n  - name: south\n    path: cooperation.globalSouthIncluded\n    values: [true, yes]\n",
            "s.space.yaml:5:20: error: 'globalSouthIncluded' must be true or false; found 'yes'."
        },
        {
            "base: BASE\ndimensions:\n  - name: revocation\n    path: entities[id=oecd-council].revocableBy\n    values: [member-governments]\n",
            "s.space.yaml:5:14: error: 'revocableBy' must be a list; write [member-governments]."
        },
        {
            // The error points at the item of the value that is wrong.
            "base: BASE\ndimensions:\n  - name: revocation\n    path: entities[id=oecd-council].revocableBy\n    values: [[member-governments, nosuch]]\n",
            "s.space.yaml:5:35: error: 'revocableBy' names entity 'nosuch', which is not in 'entities'."
        },
        {
            "base: BASE\ndimensions:\n  - name: x\n    path: entities[id=oecd-council]\n    values: [null]\n",
            "s.space.yaml:5:14: error: a list item cannot be null; give the whole entity as a mapping."
        },
        {
            "base: BASE\ndimensions:\n  - name: pathway\n    path: cooperation.pathway\n    values: []\n",
            "s.space.yaml:5:13: error: dimension 'pathway' has no values; give it at least one."
        },
        {
            "base: BASE\ndimensions:\n  - name: pathway\n    path: cooperation.pathway\n    values: [hybrid, new-institution, hybrid]\n",
            "s.space.yaml:5:39: error: dimension 'pathway' lists 'hybrid' twice (first at 5:14); each value makes its own variants."
        },
        {
            "base: BASE\ndimensions:\n  - name: pathway\n    path: cooperation.pathway\n    values: [hybrid, new-institution]\n    labels: [h]\n",
            "s.space.yaml:6:13: error: 'labels' has 1 item(s) for 2 value(s); give one label per value."
        },
        {
            "base: BASE\ndimensions:\n  - name: pathway\n    path: cooperation.pathway\n    values: [hybrid]\n  - name: pathway\n    path: cooperation.decisionRule\n    values: [majority]\n",
            "s.space.yaml:6:11: error: dimension 'pathway' is already defined at line 3; each dimension needs its own name."
        },
        {
            "base: BASE\ndimensions:\n  - name: legitimacy_score\n    path: cooperation.pathway\n    values: [hybrid]\n",
            "s.space.yaml:3:11: error: dimension name 'legitimacy_score' is already a column of the summary; choose another name."
        },
        {
            "base: BASE\ndimensions:\n  - name: a\n    path: cooperation.pathway\n    values: [hybrid]\n  - name: b\n    path: cooperation.pathway\n    values: [new-institution]\n",
            "s.space.yaml:8:14: error: dimension 'b' sets 'cooperation.pathway', as dimension 'a' does; merge their values into one dimension."
        },
        {
            "base: BASE\ndimensions:\n  - name: all\n    path: decisions\n    values: [[{id: d, by: oecd-council, level: policy, ai: none}]]\n"
                + "  - name: ai\n    path: decisions[*].ai\n    values: [none]\n",
            "s.space.yaml:8:14: error: dimension 'ai' (decisions[*].ai) selects items of the list that dimension 'all' replaces whole (decisions); vary one or the other."
        },
        {
            "base: BASE\ndimensions: []\n",
            "s.space.yaml:2:13: error: 'dimensions' is empty; a space needs at least one dimension to vary."
        },
        {
            "base: BASE\ndimension:\n  - name: pathway\n",
            "s.space.yaml:2:1: error: unknown key 'dimension'; did you mean 'dimensions'?\ns.space.yaml:1:1: error: a design space needs 'dimensions'."
        },
        {
            "base: BASE\ndimensions:\n  - name: pathway\n    path: cooperation.pathway\n    value: [hybrid]\n",
            "s.space.yaml:5:5: error: unknown key 'value' in a dimension; did you mean 'values'?\ns.space.yaml:3:5: error: a dimension needs 'values'."
        },
        {
            "base: nosuch.yaml\ndimensions:\n  - name: pathway\n    path: cooperation.pathway\n    values: [hybrid]\n",
            "s.space.yaml:1:7: error: the base proposal 'nosuch.yaml' is not a file (looked for 'nosuch.yaml'; a base is found from the space file's folder)."
        },
        {
            "base:\n  id: Bad Id\n  title: x\ndimensions:\n  - name: pathway\n    path: cooperation.pathway\n    values: [hybrid]\n",
            "s.space.yaml:2:7: error: 'id' must be lower-case letters, digits and hyphens, starting with a letter or digit; found 'Bad Id'."
        },
        {
            "base: BASE\nlimit: 2\ndimensions:\n  - name: pathway\n    path: cooperation.pathway\n    values: [new-institution, strengthen-existing, hybrid]\n",
            "s.space.yaml:2:8: error: the space has 3 variants, over its stated limit of 2; draw a sample with --sample N --seed S, or raise 'limit' in the space."
        },
        {
            "base: BASE\nlimit: lots\ndimensions:\n  - name: pathway\n    path: cooperation.pathway\n    values: [hybrid]\n",
            "s.space.yaml:2:8: error: 'limit' must be a whole number from 1 to 2147483647 (1_000_000 may be written with underscores); found 'lots'."
        },
        {
            // Valid one at a time, a cycle of mandates together.
            "base:\n  id: two-agencies\n  title: Two agencies\n  entities:\n    - {id: voters, kind: public}\n"
                + "    - {id: parliament, kind: authorized, authorizedBy: voters, authorization: election}\n"
                + "    - {id: agency-a, kind: mandated, mandatedBy: [parliament]}\n    - {id: agency-b, kind: mandated, mandatedBy: [parliament]}\n"
                + "dimensions:\n  - name: a-mandate\n    path: entities[id=agency-a].mandatedBy\n    values: [[parliament], [agency-b]]\n"
                + "  - name: b-mandate\n    path: entities[id=agency-b].mandatedBy\n    values: [[parliament], [agency-a]]\n",
            "s.space.yaml:15:28: error: the values a-mandate = [agency-b], b-mandate = [agency-a] together make an invalid proposal: "
                + "mandate chain is cyclic: agency-a -> agency-b -> agency-a; a mandate must trace back to an authorized entity."
        },
        {
            "- base: BASE\n",
            "s.space.yaml:1:1: error: a design space must be a mapping with 'base' and 'dimensions' (and, if you like, 'limit')."
        },
        {
            "base: BASE\ndimensions:\n  - name: pathway\n    path: [cooperation.pathway]\n    values: [hybrid]\n",
            "s.space.yaml:4:11: error: a dimension's 'path' is a field path such as cooperation.pathway."
        },
    };

    [Theory]
    [MemberData(nameof(Spaces))]
    public void Run_BadSpace_LocatedErrorsAndExit2(string space, string expected)
    {
        var (code, stdout, stderr) = Run(space);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal(expected + "\n", stderr);
    }

    [Fact]
    public void Run_OverTheDefaultLimit_AskedForASample()
    {
        var values = string.Join(", ", Enumerable.Range(1, 32));
        var space = $"base: BASE\ndimensions:\n  - {{name: year, path: year, values: [{values}]}}\n"
            + $"  - {{name: review, path: instrument.reviewCycleYears, values: [{values}]}}\n"
            + $"  - {{name: summary, path: summary, values: [{values}]}}\n  - {{name: gap, path: cooperation.gapAddressed, values: [{values}]}}\n";

        var (code, _, stderr) = Run(space);
        var sampled = Run(space, "--sample", "3", "--quiet");

        Assert.Equal(2, code);
        Assert.Equal("s.space.yaml:2:1: error: the space has 1,048,576 variants, over the default limit of 1,000,000; "
            + "draw a sample with --sample N --seed S, or raise 'limit' in the space.\n", stderr);
        Assert.Equal(0, sampled.Code);
        Assert.EndsWith("swept 3 variant(s) of s.space.yaml (a sample of 3 of 1,048,576, seed 0) against 73 criteria (rule pack 1.0.0): "
            + "3 on the frontier, 0 undetermined, 0 fail a necessary criterion.\n", sampled.Stderr); // year, summary and gap move no score: a tie
    }

    [Fact]
    public void Run_SampleOverTheLimit_Refused()
    {
        var (code, _, stderr) = Run("base: BASE\nlimit: 10\ndimensions:\n  - name: pathway\n    path: cooperation.pathway\n    values: [hybrid]\n", "--sample", "11");

        Assert.Equal(2, code);
        Assert.Equal("s.space.yaml:2:8: error: --sample 11 asks for more variants than the space's stated limit of 10; ask for fewer, or raise 'limit' in the space.\n", stderr);
    }

    [Fact]
    public void Run_ValueThatContradictsTheDirection_WarnedAtTheValueAndSwept()
    {
        var (code, _, stderr) = Run("base: BASE\ndimensions:\n  - name: ai\n    path: decisions[id=adopt-plan].ai\n    values: [none, support]\n", "--quiet");

        Assert.Equal(0, code);
        Assert.StartsWith("s.space.yaml:5:20: warning: 'direction' is 'of-ai', but decision 'adopt-plan' uses AI (ai: support);", stderr, StringComparison.Ordinal);
        Assert.Contains("swept 2 variant(s)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BaseFileInvalid_ItsOwnErrorsLocatedInIt()
    {
        File.WriteAllText(Path.Combine(_dir, "base.yaml"), "id: b\ntitle: B\ncooperation:\n  pathway: sideways\n");

        var (code, _, stderr) = Run("base: base.yaml\ndimensions:\n  - name: pathway\n    path: cooperation.pathway\n    values: [hybrid]\n");

        Assert.Equal(2, code);
        Assert.Equal("base.yaml:4:12: error: 'pathway' must be one of new-institution, strengthen-existing, hybrid; found 'sideways'.\n", stderr);
    }

    [Fact]
    public void Run_NoSuchSpace_NotFound()
    {
        var (code, _, stderr) = InProcess.Run("sweep", Path.Combine(_dir, "nosuch.space.yaml"));

        Assert.Equal(2, code);
        Assert.EndsWith("nosuch.space.yaml: error: no such file or folder, and no file matches it as a pattern.\n", stderr);
    }

    private (int Code, string Stdout, string Stderr) Run(string space, params string[] options)
    {
        var path = Path.Combine(_dir, "s.space.yaml");
        File.WriteAllText(path, space.Replace("BASE", Base, StringComparison.Ordinal));
        var (code, stdout, stderr) = InProcess.Run(["sweep", path, .. options]);
        return (code, stdout, stderr.Replace(_dir + "/", "", StringComparison.Ordinal));
    }
}

using Analyzer.Core.Proposals;

namespace Analyzer.Tests.Proposals;

public sealed class ProposalReaderTests
{
    private readonly ProposalReader _reader = new();

    [Theory]
    [InlineData("unknown-key.yaml", "11:5: error: unknown field 'mandatedby' in entity 'ai-office'; did you mean 'mandatedBy'?")]
    [InlineData("unknown-enum.yaml", "6:12: error: 'binding' must be one of binding, non-binding, voluntary; found 'mandatory'.")]
    [InlineData("duplicate-ids.yaml", "6:9: error: duplicate entity id 'citizens'; ids must be unique within the proposal.")]
    [InlineData("dangling-reference.yaml", "7:18: error: 'mandatedBy' names entity 'parliament', which is not in 'entities'.")]
    [InlineData("cyclic-mandate.yaml", "error: mandate chain is cyclic: agency-a -> agency-b -> agency-a")]
    [InlineData("issuer-missing.yaml", "3:9: error: 'issuer' names entity 'ministry', which is not in 'entities'; add it with its kind.")]
    [InlineData("empty.yaml", "empty.yaml: error: the file is empty, or is not a regular file (a pipe or a device); a proposal needs at least 'id' and 'title'.")]
    [InlineData("not-yaml.yaml", "3:1: error: not valid YAML:")]
    [InlineData("missing-title.yaml", "1:1: error: 'title' is required.")]
    [InlineData("wrong-type.json", "5:19: error: 'aiSpecific' must be true or false; found 'maybe'.")]
    [InlineData("alias-bomb.yaml", "error: not valid YAML: aliases expand the file past 100000 values")]
    public void Read_BadFile_ReportsLocatedError(string file, string expected)
    {
        var result = _reader.Read(Repo.TestData("proposals", file));

        Assert.False(result.IsUsable);
        Assert.Contains(result.Problems, d => d.ToString().Contains(expected, StringComparison.Ordinal));
    }

    // Parser exceptions that used to escape the reader and end the whole batch with a stack trace (issue 8).
    [Theory]
    [InlineData("unclosed-flow.yaml", "unclosed-flow.yaml:1:5: error: not valid YAML: the parser cannot go on from here")]
    [InlineData("text-after-document-end.yaml", "text-after-document-end.yaml:4:1: error: a proposal file holds one YAML document")]
    [InlineData("global-tag-not-uri.yaml", "global-tag-not-uri.yaml:3:1: error: not valid YAML: Global tags must be valid URIs.")]
    [InlineData("invalid-utf8-key.json", "invalid-utf8-key.json:1:27: error: not valid JSON: a string here is not valid Unicode")]
    [InlineData("lone-surrogate.json", "lone-surrogate.json:1:22: error: not valid JSON: a string here is not valid Unicode")]
    [InlineData("invalid-utf8.yaml", "invalid-utf8.yaml:2:13: error: the file is not valid UTF-8 here; save it as UTF-8.")]
    [InlineData("utf16.yaml", "utf16.yaml: error: the file is UTF-16; save it as UTF-8.")]
    [InlineData("two-documents.yaml", "two-documents.yaml:3:1: error: a proposal file holds one YAML document; found another one here.")]
    [InlineData("merge-key.yaml", "merge-key.yaml:5:5: error: YAML merge keys ('<<') are not read; write the fields out in full.")]
    [InlineData("tab-indent.yaml", "tab-indent.yaml:4:1: error: not valid YAML: While scanning a mapping, found invalid tab as indentation.")]
    [InlineData("truncated-in-quote.yaml", "truncated-in-quote.yaml:19:5: error: not valid YAML: While scanning a quoted scalar, found unexpected end of stream.")]
    [InlineData("truncated-in-word.yaml", "truncated-in-word.yaml:40:11: error: 'kind' must be one of public, authorized, mandated, private, ai-system; found 'manda'.")]
    [InlineData("truncated-in-string.json", "truncated-in-string.json:9:31: error: not valid JSON: Expected end of string, but instead reached end of data.")]
    [InlineData("truncated-in-literal.json", "truncated-in-literal.json:101:22: error: not valid JSON: 'fal' is an invalid JSON literal. Expected the literal 'false'.")]
    [InlineData("bidi-value.yaml", "bidi-value.yaml:4:12: error: 'direction' must be one of of-ai, by-ai, both; found 'by-ai\\u202e ,ia-fo'.")]
    public void Read_HostileFile_OneLocatedErrorNeverAnException(string file, string expected)
    {
        var result = _reader.Read(Repo.TestData("hostile", file));

        Assert.False(result.IsUsable);
        var problem = Assert.Single(result.Problems);
        Assert.Contains(expected, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TwoHundredThousandBadListValues_FirstHundredThenACount()
    {
        var text = "id: x\ntitle: y\nlifecycle: [" + string.Join(',', Enumerable.Repeat("n", 200_000)) + "]\n";

        var result = ProposalReader.Read("big.yaml", System.Text.Encoding.UTF8.GetBytes(text));

        Assert.Equal(ProposalReader.MaxProblemsShown + 1, result.Problems.Count);
        Assert.Equal("big.yaml: error: 199900 more problem(s) in this file are not shown; fix the ones above first.", result.Problems[^1].ToString());
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void Read_FileAtAndPastOneMebibyte_AcceptedThenRefused(int over, bool usable)
    {
        var path = Path.Combine(Path.GetTempPath(), $"analyzer-boundary-{Guid.NewGuid():N}.yaml");
        const string Head = "id: x\ntitle: y\nsummary: \"";
        File.WriteAllText(path, Head + new string('a', (int)ProposalReader.DefaultSizeLimit - Head.Length - 2 + over) + "\"\n");
        try
        {
            var result = _reader.Read(path);

            Assert.Equal(usable, result.IsUsable);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_NullListItems_EachReportedOnce()
    {
        var result = _reader.Read(Repo.TestData("hostile", "null-items.yaml"));

        Assert.Equal(
        [
            "3:26: error: 'lifecycle[1]' must be text; found 'null'.",
            "4:12: error: 'entities[0]' must be a mapping of fields (id: ..., kind: ...); found 'null'.",
        ], result.Problems.Select(d => d.ToString()[(d.Path.Length + 1)..]));
    }

    [Fact]
    public void Read_ControlCharactersInAKey_MessageIsOnePrintableLineThatForgesNothing()
    {
        var result = _reader.Read(Repo.TestData("hostile", "control-characters.yaml"));

        var line = Assert.Single(result.Problems).ToString();
        Assert.EndsWith(":3:1: error: unknown field 'evil\\n/tmp/x.yaml:1:1: error: forged \\u001b[31mred'.", line);
        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain('\u001b', line);
    }

    [Fact]
    public void Read_DirectionContradictsDecisions_LocatedWarningFileStillUsable()
    {
        var result = _reader.Read(Repo.TestData("proposals", "direction-hides-ai.yaml"));

        Assert.True(result.IsUsable);
        var warning = Assert.Single(result.Problems);
        Assert.EndsWith(":3:12: warning: 'direction' is 'of-ai', but decision 'draft-law' uses AI (ai: support); "
            + "AI use is judged from the decisions, so the design is also judged as governance by AI.", warning.ToString());
    }

    [Fact]
    public void Read_SeveralProblems_ReportsEveryOneInFileOrder()
    {
        var result = _reader.Read(Repo.TestData("proposals", "wrong-type.yaml"));

        Assert.Equal(
        [
            "3:7: error: 'year' must be a whole number; found 'soon'.",
            "5:15: error: 'aiSpecific' must be true or false; found 'maybe'.",
            "6:13: error: 'modalities' must be a list; write [standard].",
        ], result.Problems.Select(d => d.ToString()[(d.Path.Length + 1)..]));
    }

    [Fact]
    public void Read_FileOverSizeLimit_ReportsSizeWithoutParsing()
    {
        var reader = new ProposalReader(sizeLimit: 64);

        var result = reader.Read(Repo.TestData("proposals", "valid.json"));

        var problem = Assert.Single(result.Problems);
        Assert.Contains("over the limit of 64 bytes", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_ReportsUnreadable()
    {
        var result = _reader.Read(Repo.TestData("proposals", "no-such-file.yaml"));

        Assert.Contains("cannot read the file", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ValidJson_BindsEveryField()
    {
        var result = _reader.Read(Repo.TestData("proposals", "valid.json"));

        Assert.True(result.IsUsable);
        var p = result.Proposal!;
        Assert.Equal("valid-json", p.Id);
        Assert.Equal("election", p.Entities![1].Authorization);
        Assert.True(p.Instrument!.AiSpecific);
        Assert.Equal(64, result.Sha256.Length);
    }

    [Fact]
    public void Read_AbsentFields_StayNullSoTheyAreNotStated()
    {
        var result = _reader.Read(Repo.TestData("proposals", "only-id-and-title.yaml"));

        Assert.True(result.IsUsable);
        Assert.Null(result.Proposal!.Instrument);
        Assert.Null(result.Proposal.Decisions);
    }

    [Fact]
    public void Read_ExplicitFalseAndEmptyList_AreKept()
    {
        var yaml = "id: x\ntitle: X\nindustryFunded: false\nmodalities: []\n"u8.ToArray();

        var result = ProposalReader.Read("inline.yaml", yaml);

        Assert.False(result.Proposal!.IndustryFunded);
        Assert.Empty(result.Proposal.Modalities!);
    }

    [Theory]
    [InlineData("True", true)]
    [InlineData("false", false)]
    public void Read_CoreSchemaBoolean_IsBound(string text, bool expected)
    {
        var result = ProposalReader.Read("b.yaml", System.Text.Encoding.UTF8.GetBytes($"id: b\ntitle: B\nindustryFunded: {text}\n"));

        Assert.Equal(expected, result.Proposal!.IndustryFunded);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Read_YesForBoolean_IsAWrongTypeNotAGuess()
    {
        var result = ProposalReader.Read("b.yaml", "id: b\ntitle: B\nindustryFunded: yes\n"u8.ToArray());

        Assert.Equal("b.yaml:3:17: error: 'industryFunded' must be true or false; found 'yes'.", Assert.Single(result.Problems).ToString());
    }

    [Theory]
    [InlineData("deep.yaml", "3:73: error: not valid YAML: values nest deeper than 64 levels")]
    [InlineData("deep.json", "error: not valid JSON:")]
    public void Read_NestingFarTooDeep_IsALocatedErrorNotACrash(string path, string expected)
    {
        var depth = 100_000;
        var text = path.EndsWith(".json", StringComparison.Ordinal)
            ? "{\"id\": \"deep\", \"title\": \"Deep\", \"sources\": " + new string('[', depth) + new string(']', depth) + "}"
            : "id: deep\ntitle: Deep\nsources: " + new string('[', depth) + new string(']', depth) + "\n";

        var result = ProposalReader.Read(path, System.Text.Encoding.UTF8.GetBytes(text));

        Assert.Contains(expected, Assert.Single(result.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AnchorsAndAliases_AreResolved()
    {
        var result = _reader.Read(Repo.TestData("proposals", "anchors.yaml"));

        Assert.Empty(result.Problems);
        Assert.Equal(["parliament"], result.Proposal!.Entities![2].RevocableBy!);
    }

    [Fact]
    public void Read_UnknownFormatVersion_IsAnError()
    {
        var yaml = "format: governance-proposal/v2\nid: x\ntitle: X\n"u8.ToArray();

        var result = ProposalReader.Read("v2.yaml", yaml);

        Assert.Contains(result.Problems, d => d.Line == 1 && d.Message.StartsWith("'format' must be 'governance-proposal/v1'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_DuplicateKey_IsAnError()
    {
        var yaml = "id: x\ntitle: X\ntitle: Y\n"u8.ToArray();

        var result = ProposalReader.Read("dup.yaml", yaml);

        Assert.Contains(result.Problems, d => d.ToString() == "dup.yaml:3:1: error: field 'title' appears twice.");
    }

    [Fact]
    public void Read_UnknownChallengeKey_ErrorPointsAtTheKey()
    {
        var yaml = "id: x\ntitle: X\ninstitution:\n  model: commission\n  challenges:\n    politicization: answered\n    bogus: no\n"u8.ToArray();

        var result = ProposalReader.Read("c.yaml", yaml);

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("c.yaml:7:5: error: 'challenges' must be one of scientific-uncertainty,", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BlankId_OnlySaysItIsRequired()
    {
        var yaml = "id: '  '\ntitle: X\n"u8.ToArray();

        var result = ProposalReader.Read("b.yaml", yaml);

        Assert.Equal("b.yaml:1:5: error: 'id' is required.", Assert.Single(result.Problems).ToString());
    }
}

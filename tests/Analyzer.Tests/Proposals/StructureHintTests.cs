using System.Text;
using Analyzer.Core.Proposals;

namespace Analyzer.Tests.Proposals;

/// <summary>
/// The reader's hints for a file whose shape is wrong (issue 9): a field written at the wrong level is told where
/// it belongs, and a single value where a list belongs is shown as the list to write.
/// </summary>
public sealed class StructureHintTests
{
    [Theory]
    [InlineData("gapAddressed: none", "3:1: error: unknown field 'gapAddressed'; it belongs under 'cooperation'.")]
    [InlineData("mandatedBy: [parliament]", "3:1: error: unknown field 'mandatedBy'; it belongs under 'entities[]'.")]
    [InlineData("binding: binding", "3:1: error: unknown field 'binding'; it belongs under 'instrument'.")]
    [InlineData("participants: [industry]", "3:1: error: unknown field 'participants'; it belongs under 'negotiation' or 'institution'.")]
    [InlineData("kind: law", "3:1: error: unknown field 'kind'; it belongs under 'entities[]' or 'instrument'.")]
    public void Read_NestedFieldAtTheTopLevel_SaysWhereItBelongs(string line, string expected)
    {
        var result = Read("p.yaml", $"id: x\ntitle: X\n{line}\n");

        Assert.Equal(expected, Only(result));
    }

    [Theory]
    [InlineData("instrument:\n  kind: law\n  issuer: parliament\n", "5:3: error: unknown field 'issuer' in 'instrument'; it belongs at the top level.")]
    [InlineData("entities:\n  - id: p\n    kind: public\n    sources: [a]\n", "6:5: error: unknown field 'sources' in entity 'p'; it belongs at the top level.")]
    [InlineData("cooperation:\n  id: c\n", "4:3: error: unknown field 'id' in 'cooperation'; it belongs at the top level or under 'entities[]' or 'decisions[]'.")]
    [InlineData("entities:\n  - id: p\n    kind: public\n    level: policy\n", "6:5: error: unknown field 'level' in entity 'p'; it belongs under 'decisions[]'.")]
    public void Read_FieldOfAnotherLevelInsideAMapping_SaysWhereItBelongs(string lines, string expected)
    {
        var result = Read("p.yaml", $"id: x\ntitle: X\n{lines}");

        Assert.Equal(expected, Only(result));
    }

    [Fact]
    public void Read_MisspeltFieldAtItsOwnLevel_StillSuggestsTheSpelling()
    {
        var result = Read("p.yaml", "id: x\ntitle: X\ncooperation:\n  gapAdressed: none\n");

        Assert.Equal("4:3: error: unknown field 'gapAdressed' in 'cooperation'; did you mean 'gapAddressed'?", Only(result));
    }

    [Theory]
    [InlineData("p.yaml", "    mandatedBy: parliament\n", "'mandatedBy' must be a list; write [parliament].")]
    [InlineData("p.yaml", "    mandatedBy: parliament, council\n", "'mandatedBy' must be a list; write [parliament, council].")]
    [InlineData("p.yaml", "    mandatedBy: \"parliament, council\"\n", "'mandatedBy' must be a list; write [\"parliament, council\"].")]
    [InlineData("p.yaml", "    mandatedBy: parliament: upper\n", "not valid YAML")]
    [InlineData("p.yaml", "    transparency: 'say \"hi\" #1'\n", "'transparency' must be a list; write [\"say \\\"hi\\\" #1\"].")]
    public void Read_TextWhereAListBelongs_ShowsTheListToWrite(string path, string line, string expected)
    {
        var result = Read(path, "id: x\ntitle: X\nentities:\n  - id: p\n    kind: mandated\n" + line);

        Assert.Contains(expected, Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextWhereAListBelongsInJson_ShowsTheJsonList()
    {
        var result = Read("p.json", "{\"id\": \"x\", \"title\": \"X\", \"modalities\": \"standard\"}");

        Assert.Equal("1:41: error: 'modalities' must be a list; write [\"standard\"].", Only(result));
    }

    [Fact]
    public void Read_LongTextWhereAListBelongs_SaysToBracketItWithoutQuotingItBack()
    {
        var result = Read("p.yaml", $"id: x\ntitle: X\nsources: {new string('a', 200)}\n");

        Assert.Equal("3:10: error: 'sources' must be a list, even of one; put the value in [ ].", Only(result));
    }

    [Theory]
    [InlineData("instrument: law\n", "3:13: error: 'instrument' must be a mapping of fields (kind: ..., aiSpecific: ...); found 'law'.")]
    [InlineData("decisions:\n  id: d\n", "4:3: error: 'decisions' must be a list with one mapping per decision; found a mapping.")]
    [InlineData("entities: [citizens]\n", "3:12: error: 'entities[0]' must be a mapping of fields (id: ..., kind: ...); found 'citizens'.")]
    public void Read_WrongShapeForARecord_SaysWhatTheFormatExpects(string lines, string expected)
    {
        var result = Read("p.yaml", "id: x\ntitle: X\n" + lines);

        Assert.Equal(expected, Only(result));
    }

    private static ProposalFile Read(string path, string text) => ProposalReader.Read(path, Encoding.UTF8.GetBytes(text));

    private static string Only(ProposalFile result)
    {
        var problem = Assert.Single(result.Problems).ToString();
        return problem[(problem.IndexOf(':', StringComparison.Ordinal) + 1)..];
    }
}

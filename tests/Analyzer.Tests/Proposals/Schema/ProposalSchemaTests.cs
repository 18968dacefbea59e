using System.Text.Json.Nodes;
using Analyzer.Core.Proposals.Schema;

namespace Analyzer.Tests.Proposals.Schema;

/// <summary>
/// The schema published for editors accepts what the reader accepts and rejects what it rejects, for the
/// shipped examples and for samples of each kind of mistake, checked with a real JSON Schema validator.
/// </summary>
public sealed class ProposalSchemaTests
{
    [Fact]
    public void Validate_EveryShippedExample_IsValid()
    {
        var examples = Directory.GetFiles(Repo.Proposals, "*.yaml").Order(StringComparer.Ordinal).ToList();

        var failures = examples
            .Select(file => (File: Path.GetFileName(file), Errors: SchemaValidation.SchemaErrors(YamlToJson.Convert(File.ReadAllText(file)))))
            .Where(r => r.Errors.Count > 0)
            .Select(r => $"{r.File}: {string.Join("; ", r.Errors)}")
            .ToList();

        Assert.True(examples.Count > 100, $"only {examples.Count} examples found");
        Assert.Empty(failures);
    }

    [Fact]
    public void Validate_EveryShippedExample_NamesTheSchemaOnItsFirstLine()
    {
        var unnamed = Directory.GetFiles(Repo.Proposals, "*.yaml")
            .Where(f => File.ReadLines(f).FirstOrDefault() != "# yaml-language-server: $schema=proposal.schema.json")
            .Select(Path.GetFileName)
            .ToList();

        Assert.Empty(unnamed);
    }

    // Each sample is a file the reader rejects, for a reason a schema can state. Left out on purpose, because no
    // JSON Schema can say them: an id that names no entity (issuer, by, mandatedBy, ...), duplicate entity or
    // decision ids, a cycle of mandates, a key given twice, a second YAML document, and YAML spellings the editor
    // types differently from the reader (year: 0x7E8 is 2024 to an editor, text to the reader; 2024.0 is an integer
    // to JSON Schema, not to the reader).
    [Theory]
    [InlineData("unknown key", "id: x\ntitle: T\ntitel: T\n")]
    [InlineData("unknown key in an entity", "id: x\ntitle: T\nentities: [{id: a, knd: public}]\n")]
    [InlineData("unknown key in the instrument", "id: x\ntitle: T\ninstrument: {bindng: binding}\n")]
    [InlineData("unknown key in a decision", "id: x\ntitle: T\ndecisions: [{id: d, maker: a}]\n")]
    [InlineData("value outside an enumeration", "id: x\ntitle: T\ndirection: sideways\n")]
    [InlineData("nested value outside an enumeration", "id: x\ntitle: T\ninstrument: {binding: mandatory}\n")]
    [InlineData("list item outside an enumeration", "id: x\ntitle: T\nlifecycle: [development, design]\n")]
    [InlineData("entity kind outside its enumeration", "id: x\ntitle: T\nentities: [{id: a, kind: citizen}]\n")]
    [InlineData("unknown challenge key", "id: x\ntitle: T\ninstitution: {challenges: {speed: fast}}\n")]
    [InlineData("text where a list goes", "id: x\ntitle: T\nsources: one book\n")]
    [InlineData("list where text goes", "id: x\ntitle: T\nsummary: [a, b]\n")]
    [InlineData("mapping where a list goes", "id: x\ntitle: T\ndecisions: {id: d}\n")]
    [InlineData("text where a mapping goes", "id: x\ntitle: T\ninstrument: law\n")]
    [InlineData("text where a list of records goes", "id: x\ntitle: T\nentities: [parliament]\n")]
    [InlineData("mapping as a challenge answer", "id: x\ntitle: T\ninstitution: {challenges: {scope: {a: b}}}\n")]
    [InlineData("YAML 1.1 boolean", "id: x\ntitle: T\nindustryFunded: yes\n")]
    [InlineData("text as a boolean", "id: x\ntitle: T\ninstrument: {aiSpecific: maybe}\n")]
    [InlineData("fraction as a year", "id: x\ntitle: T\nyear: 2024.5\n")]
    [InlineData("text as a year", "id: x\ntitle: T\nyear: twenty\n")]
    [InlineData("review cycle of 0", "id: x\ntitle: T\ninstrument: {reviewCycleYears: 0}\n")]
    [InlineData("negative review cycle", "id: x\ntitle: T\ninstrument: {reviewCycleYears: -1}\n")]
    [InlineData("quoted review cycle of 0", "id: x\ntitle: T\ninstrument: {reviewCycleYears: '0.0'}\n")]
    [InlineData("null list item", "id: x\ntitle: T\nsources: [a, ~]\n")]
    [InlineData("null list record", "id: x\ntitle: T\ndecisions: [~]\n")]
    [InlineData("missing id", "title: T\n")]
    [InlineData("missing title", "id: x\n")]
    [InlineData("null title", "id: x\ntitle: ~\n")]
    [InlineData("blank title", "id: x\ntitle: '  '\n")]
    [InlineData("id outside the pattern", "id: Not_An_Id\ntitle: T\n")]
    [InlineData("negative number as an id", "id: -5\ntitle: T\n")]
    [InlineData("entity without an id", "id: x\ntitle: T\nentities: [{kind: public}]\n")]
    [InlineData("entity id outside the pattern", "id: x\ntitle: T\nentities: [{id: The Public}]\n")]
    [InlineData("another format version", "format: governance-proposal/v2\nid: x\ntitle: T\n")]
    [InlineData("a list at the top", "- id: x\n- title: T\n")]
    public void Validate_FileTheReaderRejects_SchemaRejectsToo(string what, string yaml)
    {
        Assert.NotEmpty(SchemaValidation.ReaderErrors("sample.yaml", yaml));
        Assert.True(SchemaValidation.SchemaErrors(YamlToJson.Convert(yaml)).Count > 0, $"the schema accepts a file with a {what}");
    }

    [Theory]
    [InlineData("only id and title", "id: x\ntitle: T\n")]
    [InlineData("nulls are not stated", "format: ~\nid: x\ntitle: T\nsummary:\nyear: ~\nsources: ~\ndirection: ~\nentities: ~\ninstrument: ~\nindustryFunded: ~\n")]
    [InlineData("nulls inside records", "id: x\ntitle: T\nentities: [{id: a, kind: ~, mandatedBy: ~}]\ninstrument: {binding: ~, aiSpecific: ~, reviewCycleYears: ~}\n")]
    [InlineData("a challenge with no answer", "id: x\ntitle: T\ninstitution: {model: commission, challenges: {politicization: ~, scope: none}}\n")]
    [InlineData("empty lists and records", "id: x\ntitle: T\nentities: []\ndecisions: []\ninstrument: {}\ncooperation: {flexibility: []}\n")]
    [InlineData("the format named", "format: governance-proposal/v1\nid: x\ntitle: T\n")]
    [InlineData("core-schema booleans", "id: x\ntitle: T\nindustryFunded: True\ndependsOnDominantFirms: FALSE\n")]
    [InlineData("quoted boolean and numbers", "id: x\ntitle: T\nyear: '2024'\ninstrument: {aiSpecific: 'true', reviewCycleYears: \"2.5\"}\n")]
    [InlineData("bare numbers and booleans as text", "id: x\ntitle: 1984\nsummary: true\nsources: [2019, 3.5, false]\nentities: [{id: a, name: 42}]\n")]
    [InlineData("a number as an id", "id: 2024\ntitle: T\n")]
    [InlineData("free text in an open list", "id: x\ntitle: T\ninstrument: {enforcement: [fines, naming and shaming]}\ncooperation: {implementation: [annual summit], flexibility: [opt-outs, periodic-review]}\n")]
    [InlineData("a fractional review cycle", "id: x\ntitle: T\ninstrument: {reviewCycleYears: 0.5}\n")]
    [InlineData("a negative year", "id: x\ntitle: T\nyear: -44\n")]
    public void Validate_FileTheReaderAccepts_SchemaAcceptsToo(string what, string yaml)
    {
        Assert.Empty(SchemaValidation.ReaderErrors("sample.yaml", yaml));
        var errors = SchemaValidation.SchemaErrors(YamlToJson.Convert(yaml));
        Assert.True(errors.Count == 0, $"the schema rejects {what}: {string.Join("; ", errors)}");
    }

    [Theory]
    [InlineData("{\"id\": \"x\", \"title\": \"T\", \"year\": \"2024\", \"industryFunded\": \"false\", \"summary\": 7}", true)]
    [InlineData("{\"id\": \"x\", \"title\": \"T\", \"instrument\": {\"reviewCycleYears\": 4, \"aiSpecific\": null}}", true)]
    [InlineData("{\"id\": \"x\", \"title\": \"T\", \"industryFunded\": \"no\"}", false)]
    [InlineData("{\"id\": \"x\", \"title\": \"T\", \"lifecycle\": \"development\"}", false)]
    [InlineData("{\"id\": \"x\", \"title\": \"T\", \"$schema\": \"proposal.schema.json\"}", false)] // the reader does not know the key
    public void Validate_JsonFile_SchemaAndReaderAgree(string json, bool accepted)
    {
        var reader = SchemaValidation.ReaderErrors("sample.json", json);
        var schema = SchemaValidation.SchemaErrors(JsonNode.Parse(json));

        Assert.Equal(accepted, reader.Count == 0);
        Assert.Equal(accepted, schema.Count == 0);
    }

    // Quoted scalars: the reader parses their text by the field's type, the schema matches it with a pattern.
    // Left out: numbers past the type's range ('1e400', '99999999999'), which the patterns cannot bound.
    [Theory]
    [InlineData("instrument: {reviewCycleYears: '4'}", true)]
    [InlineData("instrument: {reviewCycleYears: '0.5'}", true)]
    [InlineData("instrument: {reviewCycleYears: '.5'}", true)]
    [InlineData("instrument: {reviewCycleYears: '5.'}", true)]
    [InlineData("instrument: {reviewCycleYears: '1e1'}", true)]
    [InlineData("instrument: {reviewCycleYears: ' +4 '}", true)]
    [InlineData("instrument: {reviewCycleYears: '0'}", false)]
    [InlineData("instrument: {reviewCycleYears: '0e5'}", false)]
    [InlineData("instrument: {reviewCycleYears: '-1'}", false)]
    [InlineData("instrument: {reviewCycleYears: 'Infinity'}", false)]
    [InlineData("instrument: {reviewCycleYears: 'four'}", false)]
    [InlineData("year: '2024'", true)]
    [InlineData("year: '-44'", true)]
    [InlineData("year: '+7'", true)]
    [InlineData("year: '2024.0'", false)]
    [InlineData("year: ' 2024'", false)]
    [InlineData("industryFunded: 'TRUE'", true)]
    [InlineData("industryFunded: 'False'", true)]
    [InlineData("industryFunded: 'tRue'", false)]
    [InlineData("industryFunded: '1'", false)]
    public void Validate_QuotedScalar_SchemaAndReaderAgree(string field, bool accepted)
    {
        var yaml = $"id: x\ntitle: T\n{field}\n";

        Assert.Equal(accepted, SchemaValidation.ReaderErrors("sample.yaml", yaml).Count == 0);
        Assert.Equal(accepted, SchemaValidation.SchemaErrors(YamlToJson.Convert(yaml)).Count == 0);
    }

    /// <summary>
    /// For every field with a closed vocabulary, a file with a value outside it: the reader and the schema must both
    /// reject it, so a vocabulary added to the catalogue is enforced everywhere at once.
    /// </summary>
    [Fact]
    public void Validate_ValueOutsideEachClosedVocabulary_RejectedByBoth()
    {
        var closed = FieldCatalog.All.Where(s => s.IsClosed).ToList();
        var missed = new List<string>();
        foreach (var spec in closed)
        {
            var json = WithValueAt(spec.Path, "no-such-value").ToJsonString();
            if (SchemaValidation.ReaderErrors("sample.json", json).Count == 0)
            {
                missed.Add($"the reader accepts {json}");
            }
            if (SchemaValidation.SchemaErrors(JsonNode.Parse(json)).Count == 0)
            {
                missed.Add($"the schema accepts {json}");
            }
        }

        Assert.True(closed.Count >= 20, $"only {closed.Count} closed vocabularies");
        Assert.Empty(missed);
    }

    /// <summary>A minimal proposal with one bad value at <paramref name="path"/>: in a list if the field is one, as a key if a mapping.</summary>
    private static JsonObject WithValueAt(string path, string value)
    {
        var root = new JsonObject { ["id"] = "x", ["title"] = "T" };
        var here = root;
        var segments = path.Split('.');
        foreach (var segment in segments[..^1])
        {
            var key = segment.TrimEnd('[', ']');
            var inner = new JsonObject();
            if (segment.EndsWith("[]", StringComparison.Ordinal))
            {
                inner["id"] = "item"; // entities need an id; decisions take one
                here[key] = new JsonArray(inner);
            }
            else
            {
                here[key] = inner;
            }
            here = inner;
        }
        var field = ModelFields.Find(path)!;
        here[field.Key] = field.Shape switch
        {
            FieldShape.TextList => new JsonArray(value),
            FieldShape.TextMap => new JsonObject { [value] = "answer" },
            _ => value,
        };
        return root;
    }
}

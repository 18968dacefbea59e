using System.Text;
using Analyzer.Core.Drafting;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;
using FsCheck;
using FsCheck.Fluent;

namespace Analyzer.Tests.Drafting;

public sealed class ProposalYamlWriterTests
{
    /// <summary>Text a careless writer would turn into another type, a comment, a list, an alias, or two lines.</summary>
    public static TheoryData<string> Nasty =>
    [
        "Title: with a colon", "a: b", "ends with a colon:", "# starts like a comment", "has # a comment", "- starts like a list item",
        "-", "? a key", ": a value", "[brackets]", "{braces}", "a, b", "x]", "*alias", "&anchor", "!tag", "!!str x", "%directive",
        "@reserved", "`backtick", "|literal", ">folded", "'single quoted'", "\"double quoted\"", "it's", "back\\slash",
        "true", "False", "yes", "NO", "on", "Off", "y", "n", "null", "Null", "~", "", " ", "  leading", "trailing ", "0", "123",
        "-1", "+1", "1e5", "1.5", ".5", ".inf", "-.inf", ".nan", "0x1F", "0o17", "1_000", "2024-01-01", "12:30", "1:2:3",
        "line\nbreak", "carriage\rreturn", "tab\there", "bell\a", "escape\u001b[31m", "nul\0", "del\u007f",
        "next line\u0085", "line separator\u2028", "paragraph\u2029", "rtl \u202eoverride", "zero\u200bwidth", "\ufeffbom",
        "中文标题：风险评估（草案）", "全角，标点；", "emoji 😀", "é accent", "a  double  space", "---", "...", "<<",
    ];

    [Theory]
    [MemberData(nameof(Nasty))]
    public void Write_NastyText_ReadsBackUnchanged(string nasty)
    {
        var proposal = Sample(nasty);

        var read = ReadBack(ProposalYamlWriter.Write(proposal, Language.En));

        Assert.Equal(Sample(nasty) with { }, read, ProposalComparer.Instance);
    }

    [Fact]
    public void Write_ArbitraryText_ReadsBackUnchanged()
    {
        // Whole UTF-16 strings: a lone surrogate cannot be typed at a terminal, nor stored in a UTF-8 file.
        var text = ArbMap.Default.GeneratorFor<string>().Where(s => s is not null && !HasLoneSurrogate(s));
        var property = Prop.ForAll(text.ToArbitrary(), s =>
            ProposalComparer.Instance.Equals(Sample(s), ReadBack(ProposalYamlWriter.Write(Sample(s), Language.Zh))));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true), property);
    }

    [Fact]
    public void Write_SameProposalTwice_SameBytesWithLfEndings()
    {
        var first = ProposalYamlWriter.Write(Sample("x"), Language.En);

        Assert.Equal(first, ProposalYamlWriter.Write(Sample("x"), Language.En));
        Assert.DoesNotContain('\r', first);
        Assert.EndsWith("\n", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EmptyListsAndNoneAnswers_AreStatedNotLeftOut()
    {
        var yaml = ProposalYamlWriter.Write(new Proposal
        {
            Id = "x",
            Title = "t",
            Entities = [],
            Decisions = [],
            Cooperation = new Cooperation { Flexibility = [], GapAddressed = "none" },
        }, Language.En);

        Assert.Contains("\nentities: []\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\ndecisions: []\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n  flexibility: []\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n  gapAddressed: none\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SectionWithNothingStated_WritesNeitherItsFieldsNorItsComment()
    {
        var yaml = ProposalYamlWriter.Write(new Proposal { Id = "x", Title = "t", Instrument = new Instrument(), Negotiation = new Negotiation() }, Language.En);

        Assert.DoesNotContain("instrument", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("negotiation", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("Veale", yaml, StringComparison.Ordinal);
    }

    /// <summary>The text in every free-text place of the format: scalars, lists, names, challenge answers.</summary>
    private static Proposal Sample(string text) => new()
    {
        Format = Vocabulary.FormatV1,
        Id = "nasty",
        Title = string.IsNullOrWhiteSpace(text) ? "blank" : text, // a blank title is an error by design
        Summary = text,
        Sources = [text, "plain"],
        Entities = [new Entity { Id = "e", Kind = "public", Name = text, Transparency = [text] }],
        Beneficiaries = [text],
        Council = new Council { MemberSelection = text },
        Institution = new Institution { Model = "governance-organization", Challenges = new() { ["scope"] = text } },
        Cooperation = new Cooperation { GapAddressed = text, Spillovers = [text, text + "2"] },
    };

    private static Proposal ReadBack(string yaml)
    {
        var file = ProposalReader.Read("written.yaml", new UTF8Encoding(false).GetBytes(yaml));
        Assert.True(file.Problems.Count == 0, yaml + "\n" + string.Join("\n", file.Problems));
        return file.Proposal!;
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return true;
            }
        }
        return false;
    }
}

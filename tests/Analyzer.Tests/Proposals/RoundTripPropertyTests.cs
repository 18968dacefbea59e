using Analyzer.Core.Proposals;
using FsCheck;
using FsCheck.Fluent;
using static Analyzer.Tests.Proposals.ProposalWriter;

namespace Analyzer.Tests.Proposals;

/// <summary>
/// A valid proposal written out, as block YAML, flow YAML or JSON and with its keys in any order, reads back equal
/// (issue 8). CI runs a short pass; set ANALYZER_FUZZ_RUNS for a longer one.
/// </summary>
public sealed class RoundTripPropertyTests
{
    private static readonly int Runs = int.TryParse(Environment.GetEnvironmentVariable("ANALYZER_FUZZ_RUNS"), out var n) ? n : 300;

    private static readonly ProposalValidator Validator = new();

    [Fact]
    public void Generate_Proposal_AlwaysValid()
    {
        // The generator's own check: the properties below would prove nothing about proposals the reader refuses.
        var property = Prop.ForAll(ProposalGen.Proposal.ToArbitrary(), p =>
        {
            var result = Validator.Validate(p);
            return result.IsValid ? true : throw new InvalidOperationException(string.Join("; ", result.Errors) + "\n" + Canonical(p));
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs).WithQuietOnSuccess(true), property);
    }

    [Fact]
    public void Read_ValidProposalWrittenInEachSyntaxKeysInAnyOrder_ReadsBackEqual()
    {
        var cases = from proposal in ProposalGen.Proposal
                    from syntax in Gen.Elements(Enum.GetValues<Syntax>())
                    from seed in Gen.Choose(0, int.MaxValue)
                    select (proposal, syntax, seed);
        var property = Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var tree = (Mapping)Shuffled(Tree(c.proposal), new Random(c.seed));
            var bytes = Write(tree, c.syntax);

            var file = ProposalReader.Read(FileName(c.syntax), bytes);

            var expected = Canonical(c.proposal);
            var actual = Canonical(file.Proposal);
            return file.IsUsable && expected == actual ? true : throw new InvalidOperationException(
                $"{c.syntax}: {string.Join(" | ", file.Problems)}\nexpected {expected}\nactual   {actual}\nfile:\n{System.Text.Encoding.UTF8.GetString(bytes)}");
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs).WithQuietOnSuccess(true), property);
    }
}

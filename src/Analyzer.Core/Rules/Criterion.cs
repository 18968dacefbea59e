using Analyzer.Core.Facts;
using Analyzer.Core.Proposals;

namespace Analyzer.Core.Rules;

/// <summary>One criterion of the pack, its metadata and its compiled expressions.</summary>
public sealed record Criterion
{
    public string Id { get; init; } = "";
    public string Workflow { get; init; } = "";
    public string File { get; init; } = "";
    public string Expression { get; init; } = "";
    public string? AppliesWhen { get; init; }

    /// <summary>The <c>label</c> and <c>detail</c> expressions as written in the pack, shown by <c>analyzer explain</c>.</summary>
    public string? LabelExpression { get; init; }

    public string? DetailExpression { get; init; }

    public LocalizedText Title { get; init; } = new();
    public LocalizedText Explanation { get; init; } = new();
    public LocalizedText Remediation { get; init; } = new();
    public LocalizedText Question { get; init; } = new();
    public Dimension Dimension { get; init; }
    public int Weight { get; init; }
    public string WeightReason { get; init; } = "";

    /// <summary>The weight's reason in both languages; its Chinese is empty where the pack gives the reason in English only.</summary>
    public LocalizedText WeightReasonText { get; init; } = new();
    public Necessity Necessity { get; init; }
    public string Paper { get; init; } = "";
    /// <summary>Where in the paper, in the paper's own terms; printed in the citation.</summary>
    public string Locator { get; init; } = "";

    /// <summary>Where we read it (digest paragraph, abstract, secondary source); kept out of the citation.</summary>
    public string Provenance { get; init; } = "";
    public string[] Evidence { get; init; } = [];
    public RequiredField[] Requires { get; init; } = [];

    /// <summary>
    /// The proposal fields the criterion reads directly, as paths (<c>instrument.binding</c>, <c>decisions[].by</c>):
    /// its required fields and every field its expression, applicability test, label, detail or requirement
    /// conditions name. Fields it reads only through a fact are not listed.
    /// </summary>
    public string[] Reads { get; init; } = [];

    /// <summary>For a classification: the summary column its label fills (<c>ef_mode</c>), or null.</summary>
    public string? Column { get; init; }

    /// <summary>Two example proposals that differ in one stated fact, one meeting the criterion and one failing it; null when none is indexed.</summary>
    public TeachingPair? TeachingPair { get; init; }

    public Func<Proposal, ProposalFacts, bool> Holds { get; init; } = (_, _) => false;
    public Func<Proposal, ProposalFacts, bool>? Applies { get; init; }
    public Func<Proposal, ProposalFacts, string>? Label { get; init; }

    /// <summary>For a not-met outcome, names where it fails (entity ids), added to the finding.</summary>
    public Func<Proposal, ProposalFacts, string>? Detail { get; init; }

    public bool IsScored => Dimension != Dimension.Classification;
}

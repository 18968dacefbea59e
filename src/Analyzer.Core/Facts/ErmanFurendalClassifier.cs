using Analyzer.Core.Proposals;

namespace Analyzer.Core.Facts;

/// <summary>
/// Erman and Furendal's classes (criteria.md §6.3). The instrument is classed by its issuer's traced class when the
/// design governs AI (step C); AI use is classed from the decisions (step B). A design that does both gets both
/// classes, instrument first. Each step is three-valued: one that cannot be decided leaves the class unknown.
/// </summary>
public static class ErmanFurendalClassifier
{
    public const string OutsideFramework = "outside-framework";
    public const string OutsourcedToAi = "illegitimate-outsourced-to-ai";
    public const string AuthorizedByAi = "illegitimate-authorized-by-ai";
    public const string PrivateSoftLaw = "illegitimate-private-soft-law";

    private static readonly string[] NonPolicyInstruments = ["research-programme", "partnership"];

    /// <summary>The inputs the classes are read from, all already traced.</summary>
    public sealed record Inputs
    {
        public required Proposal Proposal { get; init; }
        public required EntityTrace Issuer { get; init; }
        public required DecisionFacts Decisions { get; init; }
        public required Known PrivateSoftLaw { get; init; }
        public required Known UsesAi { get; init; }
        public required Known Outsourced { get; init; }
        public required Known AuthorizedUsesAi { get; init; }
        public required Known AiUseUnderMandate { get; init; }
    }

    /// <summary>The classes joined with <c>+</c>, and why a design falls outside the framework; or null and what is missing.</summary>
    public static (string? Mode, string? Outside, string[] Missing) Classify(Inputs x)
    {
        var governsAi = Known.In(x.Proposal.Direction, "direction", "of-ai", "both");
        var classes = new List<(string Class, string? Why)>();
        var missing = new List<string>();

        // Private soft law is classed whatever the direction says: a label cannot hide it.
        if (Decide(governsAi | x.PrivateSoftLaw, missing) == true)
        {
            Add(classes, Instrument(x), missing);
        }
        if (Decide(x.UsesAi, missing) == true)
        {
            Add(classes, AiUse(x), missing);
        }
        if (missing.Count > 0)
        {
            return (null, null, [.. missing.Distinct()]);
        }
        if (classes.Count == 0)
        {
            return (OutsideFramework, "neither-governs-nor-uses-ai", []);
        }
        var distinct = classes.DistinctBy(c => c.Class).ToList();
        var mode = string.Join('+', distinct.Select(c => c.Class));
        var why = string.Join('+', distinct.Where(c => c.Why is not null).Select(c => c.Why));
        return (mode, why.Length > 0 ? why : null, []);
    }

    /// <summary>Step C: the instrument, by its issuer's traced class.</summary>
    private static Step Instrument(Inputs x)
    {
        var p = x.Proposal;
        var aiSpecific = Known.Bool(p.Instrument?.AiSpecific, "instrument.aiSpecific");
        return x.Issuer.Class switch
        {
            null => Step.Unknown(x.Issuer.Missing),
            EntityClass.AiSystem => Step.Of(OutsourcedToAi),
            EntityClass.Authorized => Step.Either(aiSpecific, "mode-2", "mode-1"),
            EntityClass.Mandated => Step.Then(AdoptsPolicy(p) | x.Decisions.MakesPolicy(p.Issuer!),
                Step.Either(aiSpecific, "mode-4", "mode-3"), Step.Outside("advisory")),
            EntityClass.Private => Step.Then(x.PrivateSoftLaw, Step.Of(PrivateSoftLaw), Step.Outside("private-issuer")),
            _ => Step.Outside("public-issuer"),
        };
    }

    /// <summary>
    /// Adopting the instrument is itself a policy decision, unless the instrument is a research programme or a
    /// partnership: a body that only researches, advises or implements makes no policy (criteria.md §6.3 step C.3).
    /// </summary>
    private static Known AdoptsPolicy(Proposal p) =>
        !Known.In(p.Instrument?.Kind, "instrument.kind", NonPolicyInstruments);

    /// <summary>Step B: AI use, in order of gravity; mode 5 only when every use is support under a mandate.</summary>
    private static Step AiUse(Inputs x) =>
        Step.Then(x.Outsourced, Step.Of(OutsourcedToAi),
            Step.Then(x.AuthorizedUsesAi, Step.Of(AuthorizedByAi),
                Step.Then(x.AiUseUnderMandate, Step.Of("mode-5"), Step.Outside("ai-outside-mandate"))));

    private static bool? Decide(Known k, List<string> missing)
    {
        if (k.Value is null)
        {
            missing.AddRange(k.Missing);
        }
        return k.Value;
    }

    private static void Add(List<(string, string?)> classes, Step step, List<string> missing)
    {
        if (step.Class is null)
        {
            missing.AddRange(step.Missing);
            return;
        }
        classes.Add((step.Class, step.Why));
    }

    /// <summary>One class, or why it falls outside the framework, or what is missing to decide it.</summary>
    private sealed record Step(string? Class, string? Why, string[] Missing)
    {
        public static Step Of(string c) => new(c, null, []);

        public static Step Outside(string why) => new(OutsideFramework, why, []);

        public static Step Unknown(string[] missing) => new(null, null, missing);

        public static Step Either(Known condition, string yes, string no) => Then(condition, Of(yes), Of(no));

        public static Step Then(Known condition, Step yes, Step no) =>
            condition.Value is null ? Unknown(condition.Missing) : condition.Value.Value ? yes : no;
    }
}

namespace Analyzer.Core.Proposals.Schema;

/// <summary>
/// The one place that says, for each field path of the proposal model, what the field means, which vocabulary it takes
/// (and whether the reader enforces it) and any constraint on its value. The validators apply it
/// (<see cref="FieldRules"/>) and <c>analyzer schema</c> publishes it, so the reader and the schema cannot drift apart.
/// Meanings follow <c>proposals/FORMAT.md</c>, shortened for an editor's tooltip.
/// </summary>
public static class FieldCatalog
{
    /// <summary>Proposal and entity ids; also what the reader accepts for them.</summary>
    public const string IdPattern = "^[a-z0-9][a-z0-9-]*$";

    public static IReadOnlyList<FieldSpec> All { get; } =
    [
        Closed("format", [Vocabulary.FormatV1], "Format version. Leave it out, or write the only version this engine reads."),
        Field("id", "Names the proposal in reports: lower-case letters, digits and hyphens. Unique within a batch.", FieldConstraint.RequiredId),
        Field("title", "The design's human-readable name; not blank.", FieldConstraint.Required),
        Field("summary", "A free description of the design."),
        Field("year", "The year the design was adopted or proposed."),
        Field("sources", "References the description rests on."),

        Closed("direction", Vocabulary.Directions,
            "Whether the design sets rules for AI (of-ai), uses AI to govern something else (by-ai), or both. A label only: AI use is read from the decisions."),
        Field("issuer", "Id of the entity that adopts the instrument; it must be listed in entities."),
        Field("entities", "Every actor in the chain of authority, the public included."),
        Field("entities[].id", "Names the entity; other fields refer to it by this id. Lower-case letters, digits and hyphens; unique in the proposal.",
            FieldConstraint.RequiredId),
        Closed("entities[].kind", Vocabulary.EntityKinds,
            "The class the entity claims: a public (the people governed); authorized (power granted by a public through a democratic act); mandated (power delegated by authorized entities); private (no public mandate); or an AI system. The claim is checked against its links."),
        Field("entities[].name", "Human-readable name."),
        Field("entities[].authorizedBy", "For an authorized entity: id of the public that grants its power."),
        Closed("entities[].authorization", Vocabulary.Authorizations,
            "How that power was granted. Election, ratification, statute and membership are democratic acts; appointment and none are not."),
        Field("entities[].mandatedBy", "For a mandated entity: ids of the authorized (or mandated) entities that delegated its power. No cycles."),
        Field("entities[].accountableTo", "Ids of the entities it answers to: reports to, can be questioned by."),
        Field("entities[].revocableBy",
            "Ids of the entities that can withdraw its mandate. For a private body with mandatedBy, it also decides whether the body acts under a public mandate."),
        Field("entities[].transparency", "How its work can be overseen, e.g. public-reports, published-decisions, audits; [none] or [] says it cannot be."),
        Field("decisions", "The decisions the design allocates; [] says it allocates none."),
        Field("decisions[].id", "Names the decision in findings; unique in the proposal."),
        Field("decisions[].by", "Id of the entity that takes the decision."),
        Closed("decisions[].level", Vocabulary.DecisionLevels,
            "What is decided: the aims of AI development (goal-setting), law, policy, or how they are applied (implementation)."),
        Closed("decisions[].ai", Vocabulary.AiRoles,
            "The part an AI system plays: none; support for a human decision-maker who keeps authority; or the AI system decides."),

        Field("instrument", "What the issuer adopts: its kind, legal force, addressees, reach and enforcement."),
        Closed("instrument.kind", Vocabulary.InstrumentKinds,
            "What kind of instrument the issuer adopts. Principles, codes of conduct, standards, recommendations and licences are soft law unless binding."),
        Field("instrument.aiSpecific", "true if written for AI; false for a general rule that also reaches AI."),
        Closed("instrument.binding", Vocabulary.Bindings, "Its legal force on those it addresses."),
        Closed("instrument.addressees", Vocabulary.Addressees, "Whom it governs: the issuer alone, its members, a whole sector, or everyone."),
        Closed("instrument.territory", Vocabulary.Territories, "Where it applies."),
        Field("instrument.extraterritorial", "Whether it reaches actors outside the issuer's territory."),
        Suggested("instrument.enforcement", Vocabulary.Mechanisms,
            "How it is enforced. Other text is kept as stated, but rules count only the listed entries."),
        Field("instrument.reviewCycleYears", "How often, in years, the instrument is reviewed; greater than 0.", FieldConstraint.Positive),
        Closed("instrument.systemScope", Vocabulary.SystemScopes, "Whether the rules target general-purpose AI systems, specific ones, or both."),
        Field("instrument.gpaiProviderObligations", "The rules place obligations on providers of general-purpose AI."),

        Closed("lifecycle", Vocabulary.Lifecycle,
            "The layers the rules act on: how systems are built and tested, how they are put to use, or their upstream inputs (compute, cloud, networks, tools)."),
        Closed("modalities", Vocabulary.Modalities, "The modalities through which the design governs AI; each one brings its own tension to check."),
        Closed("rationales", Vocabulary.Rationales, "Why the design exists."),
        Field("beneficiaries", "Who gains from the design. Compared as text with costBearers and issuer, so spell a party the same way each time."),
        Field("drafters", "Who wrote the design."),
        Field("costBearers", "Who pays for the design or carries its burdens."),
        Field("industryFunded", "The body, or the evidence it relies on, is paid for by the firms it governs."),
        Field("negotiation", "How the text was negotiated."),
        Field("negotiation.transparent", "The text was negotiated in public view."),
        Field("negotiation.participants", "Who took part in the negotiation."),

        Field("council", "An ethics council's powers and make-up."),
        Field("council.bindingAuthority", "The council's rulings bind the firm or firms it advises."),
        Field("council.independent", "Its members are independent of those firms."),
        Field("council.memberSelection", "How its members are chosen."),
        Closed("council.scope", Vocabulary.CouncilScopes, "A council of one firm (internal), or one shared by several (multi-firm)."),
        Field("dependsOnDominantFirms", "The design depends on, or entrenches, a few firms that control compute, data or models."),

        Field("institution", "The institution design: its model, functions, members and answers to the model's challenges."),
        Closed("institution.model", Vocabulary.InstitutionModels,
            "The institutional model the design follows; hybrid combines them, none follows none (e.g. a national law). The model decides which challenges apply."),
        Closed("institution.functions", Vocabulary.Functions,
            "What the institution does: the first four are science and technology functions, the last four rule-making and enforcement."),
        Closed("institution.membership", Vocabulary.Memberships, "Who its members are."),
        Closed("institution.participants", Vocabulary.Participants, "The types of participant."),
        Field("institution.precedents", "Existing organizations it is modelled on, e.g. ipcc, iaea, cern, icao."),
        Closed("institution.challenges", Vocabulary.Challenges,
            "How the design answers each challenge of its model. A missing or blank answer is not stated; the answer none says the design does not address it."),
        Field("institution.challenges.scientific-uncertainty", "Commission: reaching consensus when the science is uncertain and the research base thin."),
        Field("institution.challenges.politicization", "Commission: keeping the assessment from being politicized."),
        Field("institution.challenges.representation-vs-expertise", "Commission: balancing broad representation against scientific consensus."),
        Field("institution.challenges.standard-setting-speed", "Governance organization: setting standards fast and broadly enough."),
        Field("institution.challenges.participation-incentives", "Governance organization: why states would adopt the standards and accept monitoring."),
        Field("institution.challenges.scope", "Governance organization: a clear scope of what it governs."),
        Field("institution.challenges.non-model-barriers", "Collaborative: barriers to benefiting from AI beyond access to models."),
        Field("institution.challenges.dual-use-proliferation", "Collaborative: sharing access without spreading dangerous dual-use capabilities."),
        Field("institution.challenges.research-split", "Safety project: which research is done jointly and which stays inside companies."),
        Field("institution.challenges.researcher-isolation", "Safety project: not cutting safety researchers off from frontier developers."),
        Field("institution.challenges.model-access", "Safety project: access to the most capable models."),
        Field("institution.challenges.security", "Safety project: securing model access and sensitive results."),

        Field("cooperation", "How the design meets the barriers to international cooperation on AI."),
        Closed("cooperation.pathway", Vocabulary.Pathways,
            "Build a new central institution, strengthen the existing regime complex, or both (a hybrid counts only when it names the institutions it builds on)."),
        Field("cooperation.rivalAgreementNeeded",
            "Success hinges on strategic rivals agreeing on matters central to their security or economic competition."),
        Closed("cooperation.decisionRule", Vocabulary.DecisionRules,
            "How the host forum decides; a veto, or a consensus that rivals must join, lets one member block it."),
        Field("cooperation.linkedInstitutions", "Existing institutions it coordinates with, e.g. oecd, unesco, iso-iec, gpai, un."),
        Field("cooperation.coordination", "The mechanisms of that coordination."),
        Field("cooperation.capacityBuilding", "How it strengthens the institutions it relies on."),
        Field("cooperation.expertBodies", "Expert bodies that supply its evidence."),
        Closed("cooperation.levels", Vocabulary.Levels, "The levels at which it acts."),
        Suggested("cooperation.implementation", Vocabulary.Mechanisms,
            "How its principles are put into practice. Other text is kept as stated, but rules count only the listed entries."),
        Suggested("cooperation.flexibility", [.. Vocabulary.RevisionMechanisms, "none"],
            "How it accommodates divergent national priorities and rapid change; none or [] says it does not. Any other text counts as a way to accommodate; only the listed revision entries count as revising the design."),
        Field("cooperation.globalSouthIncluded", "Low- and middle-income states take part in its decisions."),
        Field("cooperation.gapAddressed", "The governance gap the design fills, in a sentence; none if it fills no gap."),
        Field("cooperation.overlapsWith",
            "Existing initiatives it overlaps with. Each counts as coordinated only if linkedInstitutions lists it too, spelt the same."),
        Field("cooperation.spillovers", "How change here is expected to reinforce change in other institutions or policy areas."),
    ];

    private static readonly Dictionary<string, FieldSpec> ByPath = All.ToDictionary(f => f.Path, StringComparer.Ordinal);

    /// <summary>The catalogue entry for a field path (<c>instrument.binding</c>, <c>decisions[].by</c>), or null.</summary>
    public static FieldSpec? Find(string path) => ByPath.GetValueOrDefault(path);

    private static FieldSpec Field(string path, string description, FieldConstraint constraint = FieldConstraint.None) =>
        new(path, description) { Constraint = constraint };

    private static FieldSpec Closed(string path, IReadOnlyList<string> values, string description) => new(path, description) { Values = values };

    private static FieldSpec Suggested(string path, IReadOnlyList<string> values, string description) =>
        new(path, description) { Values = values, Open = true };
}

using Analyzer.Core.Drafting;
using Analyzer.Core.Proposals;

namespace Analyzer.Cli.New;

/// <summary>
/// Walks the format section by section and builds the proposal from the answers. A "don't know" leaves a member
/// null, which the writer leaves out of the file. Entities and decisions repeat until the drafter is done; every
/// reference to an entity is chosen from those already entered, so it always exists and a mandate cannot loop.
/// </summary>
internal sealed class Questionnaire(Prompter ask)
{
    public Proposal Walk()
    {
        ask.Banner();
        var proposal = Chain(Identity());
        proposal = WhatAndWhy(proposal with { Instrument = Instrument() });
        return proposal with { Institution = Institution(), Cooperation = Cooperation() };
    }

    private Proposal Identity()
    {
        ask.Heading(DraftQuestions.Identity.Section);
        return new Proposal
        {
            Format = Vocabulary.FormatV1,
            Id = ask.Id(DraftQuestions.Identity.Id, [], required: true),
            Title = ask.Required(DraftQuestions.Identity.Title),
            Summary = ask.Text(DraftQuestions.Identity.Summary),
            Year = ask.Year(DraftQuestions.Identity.Year),
            Sources = ask.TextList(DraftQuestions.Identity.Sources),
        };
    }

    private Proposal Chain(Proposal p)
    {
        ask.Heading(DraftQuestions.Chain.Section);
        var direction = ask.Choice(DraftQuestions.Chain.Direction);
        var entities = Entities();
        var issuer = ask.EntityRef(DraftQuestions.Chain.Issuer, entities ?? []);
        return p with
        {
            Direction = direction,
            Entities = entities is null ? null : [.. entities],
            Issuer = issuer,
            Decisions = Decisions(entities ?? []),
        };
    }

    private List<Entity>? Entities()
    {
        var start = ask.Start(DraftQuestions.Chain.Entities, DraftWords.AddEntity, DraftWords.NoEntities);
        if (start != ChoiceKind.Add)
        {
            return start == ChoiceKind.None ? [] : null;
        }
        var entities = new List<Entity>();
        do
        {
            ask.SubHeading(DraftWords.EntityHeading, entities.Count + 1);
            entities.Add(Entity(entities));
        }
        while (ask.Another(DraftWords.AddAnotherEntity));
        return entities;
    }

    /// <summary>
    /// The links asked depend on the kind claimed: a public and an AI system have none, an authorized entity has its
    /// public and how it was authorized, a mandated or private body its mandators, overseers and transparency. When
    /// the kind is not known, every link is asked.
    /// </summary>
    private Entity Entity(List<Entity> earlier)
    {
        var id = ask.Id(DraftQuestions.Chain.EntityId, [.. earlier.Select(e => e.Id!)], required: true);
        var kind = ask.Choice(DraftQuestions.Chain.EntityKind);
        var name = ask.Text(DraftQuestions.Chain.EntityName);
        var authorized = kind is null or "authorized";
        var mandated = kind is null or "mandated" or "private";
        return new Entity
        {
            Id = id,
            Kind = kind,
            Name = name,
            AuthorizedBy = authorized ? ask.EntityRef(DraftQuestions.Chain.AuthorizedBy, earlier) : null,
            Authorization = authorized ? ask.Choice(DraftQuestions.Chain.Authorization) : null,
            MandatedBy = mandated ? ask.EntityRefs(DraftQuestions.Chain.MandatedBy, earlier) : null,
            AccountableTo = mandated ? ask.EntityRefs(DraftQuestions.Chain.AccountableTo, earlier) : null,
            RevocableBy = mandated ? ask.EntityRefs(DraftQuestions.Chain.RevocableBy, earlier) : null,
            Transparency = mandated ? ask.OpenList(DraftQuestions.Chain.Transparency) : null,
        };
    }

    private Decision[]? Decisions(IReadOnlyList<Entity> entities)
    {
        var start = ask.Start(DraftQuestions.Chain.Decisions, DraftWords.AddDecision, DraftWords.NoDecisions);
        if (start != ChoiceKind.Add)
        {
            return start == ChoiceKind.None ? [] : null;
        }
        var decisions = new List<Decision>();
        do
        {
            ask.SubHeading(DraftWords.DecisionHeading, decisions.Count + 1);
            decisions.Add(new Decision
            {
                Id = ask.Id(DraftQuestions.Chain.DecisionId, [.. decisions.Select(d => d.Id).OfType<string>()], required: false),
                By = ask.EntityRef(DraftQuestions.Chain.DecisionBy, entities),
                Level = ask.Choice(DraftQuestions.Chain.DecisionLevel),
                Ai = ask.Choice(DraftQuestions.Chain.DecisionAi),
            });
        }
        while (ask.Another(DraftWords.AddAnotherDecision));
        return [.. decisions];
    }

    private Core.Proposals.Instrument Instrument()
    {
        ask.Heading(DraftQuestions.Instrument.Section);
        return new Core.Proposals.Instrument
        {
            Kind = ask.Choice(DraftQuestions.Instrument.Kind),
            AiSpecific = ask.YesNo(DraftQuestions.Instrument.AiSpecific),
            Binding = ask.Choice(DraftQuestions.Instrument.Binding),
            Addressees = ask.Choice(DraftQuestions.Instrument.Addressees),
            Territory = ask.Choice(DraftQuestions.Instrument.Territory),
            Extraterritorial = ask.YesNo(DraftQuestions.Instrument.Extraterritorial),
            Enforcement = ask.OpenList(DraftQuestions.Instrument.Enforcement),
            ReviewCycleYears = ask.PositiveNumber(DraftQuestions.Instrument.ReviewCycleYears),
            SystemScope = ask.Choice(DraftQuestions.Instrument.SystemScope),
            GpaiProviderObligations = ask.YesNo(DraftQuestions.Instrument.GpaiProviderObligations),
        };
    }

    private Proposal WhatAndWhy(Proposal p)
    {
        ask.Heading(DraftQuestions.WhatAndWhy.Section);
        var lifecycle = ask.Choices(DraftQuestions.WhatAndWhy.Lifecycle);
        var modalities = ask.Choices(DraftQuestions.WhatAndWhy.Modalities);
        var rationales = ask.Choices(DraftQuestions.WhatAndWhy.Rationales);
        var beneficiaries = ask.TextList(DraftQuestions.WhatAndWhy.Beneficiaries);
        var drafters = ask.TextList(DraftQuestions.WhatAndWhy.Drafters);
        var costBearers = ask.TextList(DraftQuestions.WhatAndWhy.CostBearers);
        var industryFunded = ask.YesNo(DraftQuestions.WhatAndWhy.IndustryFunded);
        var dependsOnDominantFirms = ask.YesNo(DraftQuestions.WhatAndWhy.DependsOnDominantFirms);
        var negotiation = new Negotiation
        {
            Transparent = ask.YesNo(DraftQuestions.WhatAndWhy.NegotiationTransparent),
            Participants = ask.TextList(DraftQuestions.WhatAndWhy.NegotiationParticipants),
        };
        var council = ask.YesNo(DraftQuestions.WhatAndWhy.Council) == true
            ? new Council
            {
                BindingAuthority = ask.YesNo(DraftQuestions.WhatAndWhy.CouncilBindingAuthority),
                Independent = ask.YesNo(DraftQuestions.WhatAndWhy.CouncilIndependent),
                MemberSelection = ask.Text(DraftQuestions.WhatAndWhy.CouncilMemberSelection),
                Scope = ask.Choice(DraftQuestions.WhatAndWhy.CouncilScope),
            }
            : null;
        return p with
        {
            Lifecycle = lifecycle,
            Modalities = modalities,
            Rationales = rationales,
            Beneficiaries = beneficiaries,
            Drafters = drafters,
            CostBearers = costBearers,
            IndustryFunded = industryFunded,
            DependsOnDominantFirms = dependsOnDominantFirms,
            Negotiation = negotiation,
            Council = council,
        };
    }

    private Core.Proposals.Institution Institution()
    {
        ask.Heading(DraftQuestions.Institution.Section);
        var model = ask.Choice(DraftQuestions.Institution.Model);
        var functions = ask.Choices(DraftQuestions.Institution.Functions);
        var membership = ask.Choice(DraftQuestions.Institution.Membership);
        var participants = ask.Choices(DraftQuestions.Institution.Participants);
        var precedents = ask.TextList(DraftQuestions.Institution.Precedents);
        var challenges = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var challenge in DraftQuestions.Institution.ChallengesOf(model))
        {
            if (ask.Text(challenge, DraftWords.ChallengeHint) is { } answer)
            {
                challenges[DraftQuestions.Institution.ChallengeKey(challenge)] = answer;
            }
        }
        return new Core.Proposals.Institution
        {
            Model = model,
            Functions = functions,
            Membership = membership,
            Participants = participants,
            Precedents = precedents,
            Challenges = challenges.Count == 0 ? null : challenges,
        };
    }

    private Core.Proposals.Cooperation Cooperation()
    {
        ask.Heading(DraftQuestions.Cooperation.Section);
        return new Core.Proposals.Cooperation
        {
            Pathway = ask.Choice(DraftQuestions.Cooperation.Pathway),
            RivalAgreementNeeded = ask.YesNo(DraftQuestions.Cooperation.RivalAgreementNeeded),
            DecisionRule = ask.Choice(DraftQuestions.Cooperation.DecisionRule),
            LinkedInstitutions = ask.TextList(DraftQuestions.Cooperation.LinkedInstitutions),
            Coordination = ask.TextList(DraftQuestions.Cooperation.Coordination),
            CapacityBuilding = ask.TextList(DraftQuestions.Cooperation.CapacityBuilding),
            ExpertBodies = ask.TextList(DraftQuestions.Cooperation.ExpertBodies),
            Levels = ask.Choices(DraftQuestions.Cooperation.Levels),
            Implementation = ask.OpenList(DraftQuestions.Cooperation.Implementation),
            Flexibility = ask.OpenList(DraftQuestions.Cooperation.Flexibility),
            GlobalSouthIncluded = ask.YesNo(DraftQuestions.Cooperation.GlobalSouthIncluded),
            GapAddressed = ask.Text(DraftQuestions.Cooperation.GapAddressed),
            OverlapsWith = ask.TextList(DraftQuestions.Cooperation.OverlapsWith),
            Spillovers = ask.TextList(DraftQuestions.Cooperation.Spillovers),
        };
    }
}

using Analyzer.Core.Proposals;

namespace Analyzer.Core.Drafting;

public static partial class DraftQuestions
{
    /// <summary>Institution design (Ho et al. 2023): model, functions, membership, and the open challenges of the model.</summary>
    public static class Institution
    {
        public static readonly DraftSection Section = new(
            "institution",
            T("Institution design", "机构设计"),
            T("Ho et al. (2023)", "Ho 等（2023）"),
            T("Ho et al. (2023) sort the functions of international AI institutions into science and technology (research, development, diffusion) and rule-making and enforcement, and sketch four models. Each model has open challenges that a design should answer.",
              "Ho 等（2023）将国际人工智能机构的职能分为两类：科学技术的研究、开发和推广，以及规则的制定与执行；并提出了四种模式。每种模式都有设计须回应的未决挑战。"));

        public static readonly Question Model = Q("institution.model",
            T("Which model does the institution follow?", "该机构遵循哪种模式？"),
            T("Ho et al. (2023) sketch four models: the Commission on Frontier AI (commission: builds expert consensus on opportunities and risks), the Advanced AI Governance Organization (governance-organization: sets standards, supports and monitors compliance), the Frontier AI Collaborative (collaborative: develops and shares beneficial AI) and the AI Safety Project (safety-project: pools safety research). hybrid combines them; none follows none, e.g. a national law. The model decides which challenges are asked next.",
              "Ho 等（2023）提出了四种模式：前沿人工智能委员会（commission：让专家就机遇和风险形成共识）、先进人工智能治理组织（governance-organization：制定标准，支持并监督遵守）、前沿人工智能协作（collaborative：开发并分享有益的人工智能）和人工智能安全项目（safety-project：汇集安全研究）。hybrid 表示组合多种模式；none 表示不属于任何模式，例如一部国家法律。所选模式决定接下来要回答哪些挑战。"),
            Vocabulary.InstitutionModels);

        public static readonly Question Functions = Q("institution.functions",
            T("Which functions does it perform?", "它履行哪些职能？"),
            T("Ho et al. (2023): the first four belong to science and technology (conduct research, build consensus, develop frontier AI, distribute access), the last four to rule-making and enforcement (set standards, support implementation, monitor compliance, control inputs). Developing or distributing frontier AI in the body that monitors compliance mixes promoter and watchdog.",
              "Ho 等（2023）：前四项属于科学技术类职能（开展研究、形成共识、开发前沿人工智能、推广使用），后四项属于规则制定与执行类职能（制定标准、支持实施、监督遵守、管控投入）。由监督遵守的机构同时开发或推广前沿人工智能，会把推广者与监督者的角色混在一起。"),
            Vocabulary.Functions);

        public static readonly Question Membership = Q("institution.membership",
            T("Who are its members?", "其成员是谁？"),
            T("Ho et al. (2023): membership may be intergovernmental, multistakeholder, public-private or industry; single-polity is one state's own body. It shapes the institution's impartiality and legitimacy.",
              "Ho 等（2023）：成员结构可以是 intergovernmental（政府间）、multistakeholder（多利益相关方）、public-private（公私合作）或 industry（行业）；single-polity 指单一政治实体自己的机构。成员结构影响机构的公正性与合法性。"),
            Vocabulary.Memberships);

        public static readonly Question Participants = Q("institution.participants",
            T("Which types of participant take part?", "哪些类型的参与者参与其中？"),
            T("Ho et al. (2023): governments, industry, academia and civil society may all take part in these institutions.",
              "Ho 等（2023）：政府、产业界、学术界和公民社会都可以参与这些机构。"),
            Vocabulary.Participants);

        public static readonly Question Precedents = Q("institution.precedents",
            T("Which existing organizations is it modelled on?", "它借鉴了哪些现有组织？"),
            T("Ho et al. (2023): each model has precedents, e.g. ipcc, iaea, cern, icao, but AI differs from the technologies they govern, so name the ones the design draws on.",
              "Ho 等（2023）：每种模式都有可借鉴的先例，例如 ipcc、iaea、cern、icao，但人工智能与这些组织所治理的技术不同，因此请列明设计所借鉴的组织。"));

        public static readonly Question ScientificUncertainty = Challenge("scientific-uncertainty",
            T("How does the commission reach consensus while the science is uncertain and the research base thin?",
              "在科学认识不确定、研究基础薄弱的情况下，委员会如何形成共识？"),
            T("Ho et al. (2023), Commission on Frontier AI: understanding future risks in time is hard when uncertainty is extreme and research scarce.",
              "Ho 等（2023），前沿人工智能委员会：在不确定性极高、相关研究稀缺的条件下，很难及时把握未来风险。"));

        public static readonly Question Politicization = Challenge("politicization",
            T("How is the assessment kept from being politicized?", "如何防止评估被政治化？"),
            T("Ho et al. (2023), Commission on Frontier AI: politicization can undermine the commission's impartiality and legitimacy.",
              "Ho 等（2023），前沿人工智能委员会：政治化可能损害委员会的公正性与合法性。"));

        public static readonly Question RepresentationVsExpertise = Challenge("representation-vs-expertise",
            T("How does it balance broad representation against scientific consensus?", "如何平衡广泛代表性与科学共识？"),
            T("Ho et al. (2023), Commission on Frontier AI: broad political representation brings legitimacy but can make scientific consensus harder to reach.",
              "Ho 等（2023），前沿人工智能委员会：广泛的政治代表性带来合法性，但可能使科学共识更难达成。"));

        public static readonly Question StandardSettingSpeed = Challenge("standard-setting-speed",
            T("How does it set standards fast and broadly enough?", "如何足够快速、全面地制定标准？"),
            T("Ho et al. (2023), Advanced AI Governance Organization: standards must follow fast capability change and cover the risks while public-sector expertise is scarce.",
              "Ho 等（2023），先进人工智能治理组织：标准须紧跟能力的迅速变化并覆盖各类风险，而公共部门的专业人才十分匮乏。"));

        public static readonly Question ParticipationIncentives = Challenge("participation-incentives",
            T("Why would states adopt the standards and accept monitoring?", "各国为何会采纳这些标准并接受监督？"),
            T("Ho et al. (2023), Advanced AI Governance Organization: the organization works only if states have reasons to join and comply, e.g. market access.",
              "Ho 等（2023），先进人工智能治理组织：只有各国有理由加入并遵守，该组织才能发挥作用，例如以市场准入为条件。"));

        public static readonly Question Scope = Challenge("scope",
            T("What exactly does it govern (its scope)?", "它具体治理什么（治理范围）？"),
            T("Ho et al. (2023), Advanced AI Governance Organization: a clear scope says which systems and actors the standards reach.",
              "Ho 等（2023），先进人工智能治理组织：明确的治理范围说明标准涵盖哪些系统和行为体。"));

        public static readonly Question NonModelBarriers = Challenge("non-model-barriers",
            T("How does it address barriers to benefiting from AI beyond access to models?", "它如何应对模型之外妨碍受益的障碍？"),
            T("Ho et al. (2023), Frontier AI Collaborative: internet access, compute, skills, education, infrastructure and economic obstacles also stand between a society and the benefits of AI.",
              "Ho 等（2023），前沿人工智能协作：网络接入、计算资源、技能、教育、基础设施以及经济方面的障碍，同样会妨碍社会从人工智能中受益。"));

        public static readonly Question DualUseProliferation = Challenge("dual-use-proliferation",
            T("How does it share access without spreading dangerous dual-use capabilities?", "它如何在分享使用机会的同时防止危险的双重用途能力扩散？"),
            T("Ho et al. (2023), Frontier AI Collaborative: spreading powerful models can also spread capabilities that can be misused.",
              "Ho 等（2023），前沿人工智能协作：推广强大的模型，也可能使可被滥用的能力随之扩散。"));

        public static readonly Question ResearchSplit = Challenge("research-split",
            T("Which research is done jointly, and which stays inside companies?", "哪些研究联合开展，哪些留在企业内部？"),
            T("Ho et al. (2023), AI Safety Project: it must decide which research gains from being done together and which is better left inside companies.",
              "Ho 等（2023），人工智能安全项目：须判断哪些研究联合开展更有收益，哪些更适合留在企业内部。"));

        public static readonly Question ResearcherIsolation = Challenge("researcher-isolation",
            T("How are its safety researchers kept in touch with frontier developers?", "如何避免安全研究人员与前沿开发者隔离？"),
            T("Ho et al. (2023), AI Safety Project: pooling safety research should not cut it off from the labs that build frontier systems.",
              "Ho 等（2023），人工智能安全项目：汇集安全研究不应使其与开发前沿系统的实验室脱节。"));

        public static readonly Question ModelAccess = Challenge("model-access",
            T("How does it get access to the most capable models?", "它如何获得最先进模型的访问权限？"),
            T("Ho et al. (2023), AI Safety Project: safety research at scale needs the most capable models, which their developers control.",
              "Ho 等（2023），人工智能安全项目：大规模的安全研究需要最先进的模型，而这些模型由其开发者掌控。"));

        public static readonly Question Security = Challenge("security",
            T("How are model access and sensitive results secured?", "如何保障模型访问与敏感成果的安全？"),
            T("Ho et al. (2023), AI Safety Project: shared access to models and sensitive findings must not become a leak.",
              "Ho 等（2023），人工智能安全项目：共享模型访问权限和敏感成果不能成为泄露的渠道。"));

        /// <summary>The challenges of each model; a hybrid answers all of them, a design that follows no model none.</summary>
        public static IReadOnlyList<Question> ChallengesOf(string? model) => model switch
        {
            "commission" => [ScientificUncertainty, Politicization, RepresentationVsExpertise],
            "governance-organization" => [StandardSettingSpeed, ParticipationIncentives, Scope],
            "collaborative" => [NonModelBarriers, DualUseProliferation],
            "safety-project" => [ResearchSplit, ResearcherIsolation, ModelAccess, Security],
            "hybrid" => Challenges,
            _ => [],
        };

        public static IReadOnlyList<Question> Challenges =>
        [
            ScientificUncertainty, Politicization, RepresentationVsExpertise, StandardSettingSpeed, ParticipationIncentives, Scope,
            NonModelBarriers, DualUseProliferation, ResearchSplit, ResearcherIsolation, ModelAccess, Security,
        ];

        public static IReadOnlyList<Question> All => [Model, Functions, Membership, Participants, Precedents, .. Challenges];

        /// <summary>The challenge key is the last part of the field, e.g. <c>institution.challenges.scope</c>.</summary>
        public static string ChallengeKey(Question challenge) => challenge.Field[(ChallengePrefix.Length)..];

        private const string ChallengePrefix = "institution.challenges.";

        private static Question Challenge(string key, Rules.LocalizedText prompt, Rules.LocalizedText explanation) =>
            Q(ChallengePrefix + key, prompt, explanation);
    }
}

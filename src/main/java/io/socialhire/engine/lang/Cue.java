package io.socialhire.engine.lang;

import java.util.Locale;

/**
 * What a lexicon phrase signals. Each language file lists phrases per cue ({@code "act_lead": ["moderate", ...]});
 * the claim reader branches on cues, never on words, so a language is added by writing its file.
 */
public enum Cue {
    // who acts
    /** First-person singular subject: I, I'm, yo, ich, je, eu. */
    ACTOR_SELF,
    /** First-person plural subject: we, nosotros, wir, nous, on, nós. */
    ACTOR_WE,
    /** The employer, its brand, team or clients as subject or owner: the company, our brand, my clients. */
    ACTOR_EMPLOYER,
    /**
     * The candidate named in the third person, as in an interviewer's notes ("Candidate says he leads a club"); the
     * notes' he, she or they then mean the candidate too.
     */
    CANDIDATE_NOUN,
    /** Other people as subject: he, she, they, leaders, my manager, creators. */
    ACTOR_OTHERS,
    /** People in general or the generic "you": you, one, everyone, people. */
    ACTOR_GENERIC,
    /** Presence stated about the candidate without "I": "you'll find me on", "find me on". */
    SELF_PRESENCE,
    POSSESSIVE_SELF,
    POSSESSIVE_WE,
    POSSESSIVE_OTHER,
    DETERMINER,
    PREPOSITION,
    /** Introduces a role noun: am, I'm, as, serve as, one of the. */
    COPULA,
    /** have/has/'ve before a participle: the present perfect reads as current. */
    AUX_PERFECT,
    /** was/were/had before a verb: past. */
    AUX_PAST,
    // mode
    MODAL_HYPOTHETICAL,
    MODAL_WISH,
    MODAL_OBLIGATION,
    /** Cancels a modal or negation phrase that would otherwise match: "I'd say", "not just". */
    MODE_EXCEPTION,
    NEGATION,
    CONDITIONAL,
    // time
    TIME_PAST,
    /** The activity has ended: stepped down, no longer, quit, shut down. */
    TIME_ENDED,
    TIME_CURRENT,
    TIME_RECENT,
    TIME_FUTURE,
    FREQ_REGULAR,
    FREQ_OCCASIONAL,
    // clause structure
    CONJ_COORD,
    CONJ_CONTRAST,
    CONJ_SUB,
    /** A verb or noun of reading, learning, believing or caring that can open reported content. */
    CONTENT_HEAD,
    /** Opens reported content after a content head: about, how, that, on. */
    CONTENT_OPENER,
    /** A general or normative statement about social media: "brands should", "it's important to". */
    GENERAL_STATEMENT,
    // activities
    ACT_CONSUME,
    ACT_REACT,
    ACT_ACCOUNT,
    ACT_POST,
    ACT_COMMENT,
    ACT_CONVERSE,
    ACT_HELP,
    ACT_PROMOTE,
    ACT_MENTOR,
    ACT_LEARN_PUBLIC,
    ACT_ASK_FEEDBACK,
    ACT_LEAD,
    /** start, run, found, create, launch, set up: leadership when its object is a community or a recurring event. */
    ACT_FOUND,
    /** host, co-host: leading when what is hosted is a community or an event, publishing when it is a show. */
    ACT_HOST,
    /**
     * write, create, make, record: publishing only when what is made is content or a venue ("I write threads", "I
     * record a podcast"), not a report or a plan.
     */
    ACT_CREATE,
    /** answer, reply to: helping when what is answered is a question, replying when it is a comment or message. */
    ACT_ANSWER,
    /** "in the replies", "in chat": where someone is present turns presence into conversation ("I'm in the replies"). */
    COMMENT_PLACE,
    /** A role noun of leadership after a copula: moderator, admin, organizer, host, founder. */
    ROLE_LEAD,
    /** A role noun of regular membership: member, regular. */
    ROLE_MEMBER,
    /** A regular of a community ("I'm a regular in chat"): someone who takes part in its conversation. */
    ROLE_REGULAR,
    /** A role noun of helping: mentor, volunteer helper, ambassador. */
    ROLE_HELPER,
    // objects and venues
    COMMUNITY_NOUN,
    PEOPLE_NOUN,
    CONTENT_NOUN,
    /** What people ask: questions, doubts, problems (the object that makes answering helping). */
    QUESTION_NOUN,
    VENUE_GENERIC,
    VENUE_PRIVATE,
    VENUE_OFFLINE,
    VENUE_ONLINE,
    OWNER_EMPLOYER,
    /** "our page", "our Instagram": an employer's account only when the answer is about the candidate's job. */
    OWNER_WEAK,
    /** The answer talks about the candidate's job ("in my role", "my team"): "we" there means the employer. */
    JOB_CONTEXT,
    /** The job applied for: "if hired", "your channels", "in this role". What is said there is a plan. */
    HIRING_CONTEXT,
    /** A business or organisation ("the brewery", "the hotel"): its account before a platform is a work account. */
    BUSINESS_NOUN,
    /** started, began, took up: the activity that follows began then and goes on ("I started posting last year"). */
    ASPECT_START,
    /** says, argues, writes, according to: everything after it in the sentence is someone's view. */
    REPORTING_VERB,
    /** Takes back what came before as past: "that was years ago", "all of that was before 2019". */
    UNDERCUT,
    /** Takes back what came before as a plan: "that's the plan", "that's my dream". */
    UNDERCUT_PLAN,
    /** Takes back what came before as not done: "none of that is real", "I don't actually do any of it". */
    UNDERCUT_DENIAL,
    /** Frames what follows as imagined: "picture my week", "ideally", "my plan for". */
    HYPOTHETICAL_FRAME,
    /** A plan, strategy or proposal document: what it describes is planned, not done. */
    PLAN_DOCUMENT,
    /** by, through, via, from before a gerund: how something was done, which is done ("by moderating r/x"). */
    MEANS,
    /** who, whose: a relative clause about a person. */
    RELATIVE_PERSON,
    /** "one of": the speaker among others ("one of the people who greet newcomers"). */
    ONE_OF,
    /** is, are, was, were, get: before a participle, the passive; before a verb, its subject is the noun before. */
    BE_AUX,
    /** weekly, monthly, recurring: what recurs is hosted ("a weekly thread"). */
    RECURRING,
    /** What a reply answers when it is conversation: comments, replies, messages, mentions. */
    COMMENT_OBJECT,
    /** thread, discussion, conversation: started once it is a conversation, recurring it is hosting. */
    THREAD_NOUN,
    /** A channel: a community on a chat server, a show on a video platform. */
    CHANNEL_NOUN,
    /** called, named: a community's name follows. */
    NAMING_WORD,
    /** on, in: a venue the catalog does not know may follow ("I'm on Mumsnet"). */
    VENUE_PREPOSITION,
    /** The infinitive marker ("to"): a verb follows, not a noun. */
    INFINITIVE,
    /** Days and months: capitalized words that are no venue. */
    CALENDAR_NAME,
    /** "it's", "there are": a dummy subject, which is not the candidate and not anyone else. */
    DUMMY_SUBJECT,
    /** Numbers in words: one, two, a few, dozen. */
    NUMBER_WORD,
    /** Adverbs that sit between a subject and its verb ("I also reply", "she often posts"). */
    ADVERB,
    /** Corporate buzzwords ("leverage", "foster authentic engagement"): they neither add nor show participation. */
    BUZZWORD,
    VANITY,
    EVASIVE,
    /** What is shared when it is learning: "what I learn", "my notes", "my process" (refines a posting verb). */
    LEARNING_OBJECT,
    /** Marks a venue as open to anyone: public, open, community. */
    PUBLIC_MARKER,
    /** Phrases that look like an activity but are not participation: "help my manager", "to answer that". */
    NOT_ACTIVITY,
    /** "there", "it", "them": refers back to the last venue. */
    VENUE_BACKREF;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Cue fromJson(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public boolean isActivity() {
        return ordinal() >= ACT_CONSUME.ordinal() && ordinal() <= ROLE_HELPER.ordinal();
    }
}

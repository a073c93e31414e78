/* The IFEval enforcer in C99 <-> src/skills/respond/enforce/ (docs/ifeval-enforce.md "Enforce in C"):
 * a draft answer is edited until every constraint the responder's detector reads from the prompt holds,
 * measured with the C verifier (c/skills/ifeval/, eg_ifv_check), byte-identical to the TypeScript
 * enforcer. eg_ifr_enforce.c <-> enforce.ts + requirements.ts + job.ts + combination.ts + text.ts,
 * eg_ifr_enforce_<family>.c <-> <family>.ts. Strings are UTF-8 (the draft is first decoded as
 * TextDecoder does and re-encoded, so it is well-formed); where TypeScript mixes UTF-16 offsets of a
 * lowercased copy into the original, the UTF-16 offsets are converted (eg_enf_u16_*).
 * No malloc, no floating point in the edit path: the caller owns eg_ifr_enf_scratch. Language checks
 * need langdetect (doubles, host only). PARTIAL PORT: a fixer not ported yet gives
 * EG_IFR_ENFORCE_NOT_PORTED for the row (never a different output). */
#ifndef EG_IFR_ENFORCE_H
#define EG_IFR_ENFORCE_H

#include "eg_ifr.h"
#include "eg_ifv_checkers.h"

/* Working-memory limits: beyond one, EG_IFR_TOO_LARGE (the requirements: EG_IFV_TOO_LARGE). */
#ifndef EG_ENF_BUF_CAP
#define EG_ENF_BUF_CAP (96u << 10)  /* bytes of each text buffer (the largest GPT-4 draft: about 12 KB) */
#endif
#ifndef EG_ENF_POOL_CAP
#define EG_ENF_POOL_CAP (32u << 10) /* bytes of derived strings (fillers, topic, lowered keys) */
#endif
#ifndef EG_ENF_MAX_FILL
#define EG_ENF_MAX_FILL 256u        /* filler sentences */
#endif
#ifndef EG_ENF_MAX_SPANS
#define EG_ENF_MAX_SPANS 2048u      /* sentence spans of one line, blocks of one body */
#endif
#ifndef EG_ENF_MAX_WORDS
#define EG_ENF_MAX_WORDS 4096u      /* word tokens of one side of a retention / repeat LCS */
#endif
#ifndef EG_ENF_MAX_UNITS
#define EG_ENF_MAX_UNITS 4096u      /* removable sentences of one body (length.ts units) */
#endif
#define EG_ENF_MAX_PASSES 4         /* enforce.ts MAX_PASSES */
#define EG_ENF_NBUF 13

/* One enforcement (job.ts Job): the plan, its requirements bound to the verifier, the topic and fillers. */
typedef struct eg_enf_job {
    const eg_ifr *r;
    eg_ifr_scratch *s;
    struct eg_ifr_enf_scratch *e;
    const eg_ifv_ctx *v;
    eg_ifv_scratch *vs;
    const eg_plan *plan;
    eg_ifv_bound bound[EG_IFV_MAX_INSTR];
    eg_str topic;
    eg_str *fillers;
    uint32_t n_fill;
    int keep_json;
    eg_str ps_marker;            /* plan.postscript as TS holds it ("P.S.", "P.P.S" or the named marker) */
    eg_str forbid_l[EG_IFR_MAX_LIST], capped_l[EG_IFR_MAX_LIST], letters[EG_IFR_MAX_LIST]; /* okFor's lists */
    uint32_t n_forbid_l, n_capped_l, n_letters;
    eg_str end_l, mk_l;          /* the end phrase and the postscript marker, lowercased */
    int err;                     /* the first error (EG_IFR_TOO_LARGE, ...) */
} eg_enf_job;

typedef struct eg_ifr_enf_scratch {
    eg_enf_job job;
    uint8_t buf[EG_ENF_NBUF][EG_ENF_BUF_CAP];
    uint8_t pool[EG_ENF_POOL_CAP];
    uint32_t pool_used;
    uint32_t spans[2u * EG_ENF_MAX_SPANS];
    uint32_t spans2[2u * EG_ENF_MAX_SPANS];
    uint32_t units[2u * EG_ENF_MAX_UNITS];
    uint32_t cps[EG_ENF_BUF_CAP];           /* code points (case-insensitive search) */
    uint32_t wa[2u * EG_ENF_MAX_WORDS], wb[2u * EG_ENF_MAX_WORDS];
    int32_t lcs[2][EG_ENF_MAX_WORDS + 1u];
    eg_str fillers[EG_ENF_MAX_FILL];
    eg_str strs[3][EG_ENF_MAX_SPANS];       /* string lists of a fixer: blocks, carriers, pools */
    /* the requirements (requirements.ts), as the verifier's instructions */
    uint32_t nreq;
    eg_ifv_instr ins[EG_IFV_MAX_INSTR];
    eg_ifv_kwarg kw[EG_IFV_MAX_INSTR][4];
    eg_ifv_bytes list[EG_IFV_MAX_INSTR][EG_IFR_MAX_LIST];
    uint8_t numtxt[EG_IFV_MAX_INSTR][24];
} eg_ifr_enf_scratch;

/* Why a response came from the composer (enforce.ts FallbackReason). */
#define EG_ENF_FALLBACK_NONE 0
#define EG_ENF_FALLBACK_LANGUAGE 1
#define EG_ENF_FALLBACK_UNSATISFIED 2

/* Enforces the prompt's constraints on the draft: *out (in e or s) holds the response. EG_OK, or
 * EG_IFR_TOO_LARGE, EG_IFR_ENFORCE_NOT_PORTED, or a verifier code (EG_IFV_*). */
int eg_ifr_enforce(const eg_ifr *r, const eg_ifv_ctx *v, const uint8_t *prompt, uint32_t plen, const uint8_t *draft,
                   uint32_t dlen, eg_ifr_scratch *s, eg_ifr_enf_scratch *e, eg_ifv_scratch *vs, eg_str *out, int *fallback);

#endif /* EG_IFR_ENFORCE_H */

/* Host-only loaders of the verifier's user-provided data, read at run time because neither may be
 * shipped or compiled into the repository: NLTK's English Punkt parameters (the punkt_tab text files,
 * read as punkt-params.ts reads them) and Python langdetect's profiles/ with utils/messages.properties
 * (read as langdetect/profiles.ts reads them: files in sorted name order, rows count / n_words[len-1]).
 * Loading allocates (once, before any check); checking never does. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "eg_ifv_data.h"
#include "eg_utf8.h"

uint8_t *eg_ifv_read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    uint8_t *buf;
    long n;
    if (!f) return NULL;
    if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
        fclose(f);
        return NULL;
    }
    buf = (uint8_t *)malloc((size_t)n + 1u);
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        fclose(f);
        return NULL;
    }
    fclose(f);
    buf[n] = 0;
    *len = (size_t)n;
    return buf;
}

/* ---------------------------------------------------------------- Punkt */
static int add_entry(eg_ifv_punkt_store *p, int table, const uint32_t *cps, uint32_t n, uint32_t val) {
    uint32_t k = p->nent[table], i;
    if (k >= EG_IFV_PUNKT_ENTRIES || p->npool + n > EG_IFV_PUNKT_POOL) return EG_IFV_TOO_LARGE;
    for (i = 0; i < n; i++) p->pool[p->npool + i] = cps[i];
    p->ent[table][k][0] = p->npool;
    p->ent[table][k][1] = n;
    p->ent[table][k][2] = val;
    p->npool += n;
    p->nent[table] = k + 1u;
    return EG_OK;
}

/* Lines split on \r?\n, a final empty line dropped; nothing else stripped (". . " keeps its space). */
static int load_table(eg_ifv_punkt_store *p, const char *dir, const char *name, int table, char *err, size_t errlen) {
    char path[4096];
    size_t len, pos = 0;
    uint8_t *buf;
    static uint32_t line[8192];
    int rc = EG_OK;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    buf = eg_ifv_read_file(path, &len);
    if (!buf) {
        snprintf(err, errlen, "Punkt parameter file %s not found in %s", name, dir);
        return EG_IFV_BAD_DATA;
    }
    while (pos < len && rc == EG_OK) {
        size_t end = pos;
        uint32_t n = 0;
        size_t q = pos;
        while (end < len && buf[end] != '\n') end++;
        if (end > pos && buf[end - 1] == '\r' && end < len) end--; /* \r\n; a lone final \r stays */
        while (q < end && n < 8192u) line[n++] = eg_utf8_next(buf, end, &q);
        if (table == EG_PK_COLLOC) {
            uint32_t tabs = 0, i;
            for (i = 0; i < n; i++) tabs += line[i] == '\t';
            if (tabs != 1u) {
                snprintf(err, errlen, "%s: expected two tab-separated words", path);
                rc = EG_IFV_BAD_DATA;
                break;
            }
            rc = add_entry(p, table, line, n, 1);
        } else if (table == EG_PK_ORTHO) {
            uint32_t i = n, v = 0, digits = 0;
            while (i > 0 && line[i - 1u] != '\t') i--;
            if (i == 0) {
                rc = EG_IFV_BAD_DATA;
            } else {
                uint32_t j;
                for (j = i; j < n; j++) {
                    if (line[j] < '0' || line[j] > '9' || v > 100000000u) break;
                    v = v * 10u + (line[j] - '0');
                    digits++;
                }
                if (j != n || digits == 0) rc = EG_IFV_BAD_DATA;
            }
            if (rc) {
                snprintf(err, errlen, "%s: expected \"word<TAB>flags\"", path);
                break;
            }
            rc = add_entry(p, table, line, i - 1u, v);
        } else {
            rc = add_entry(p, table, line, n, 1);
        }
        pos = (buf[end] == '\r' ? end + 2u : end + 1u);
    }
    /* split(/\r?\n/) with a final empty line popped is exactly these lines. */
    free(buf);
    if (rc == EG_IFV_TOO_LARGE) snprintf(err, errlen, "%s: more than the C verifier's Punkt limits", path);
    return rc;
}

/* Insertion sort by key, stable, then duplicates collapse to the last one loaded (Map.set). Loading is
 * once per run on the host; the ortho table (20k entries) is nearly sorted already. */
static void finish(eg_ifv_punkt_store *p) {
    int k;
    for (k = 0; k < EG_PK_TABLES; k++) {
        uint32_t (*e)[3] = p->ent[k], n = p->nent[k], i, w = 0;
        for (i = 1; i < n; i++) {
            uint32_t t0 = e[i][0], t1 = e[i][1], t2 = e[i][2], j = i;
            while (j > 0 && eg_ifv_cmp_cps(p->pool + e[j - 1][0], e[j - 1][1], p->pool + t0, t1) > 0) {
                e[j][0] = e[j - 1][0], e[j][1] = e[j - 1][1], e[j][2] = e[j - 1][2];
                j--;
            }
            e[j][0] = t0, e[j][1] = t1, e[j][2] = t2;
        }
        for (i = 0; i < n; i++) {
            if (w > 0 && eg_ifv_cmp_cps(p->pool + e[w - 1][0], e[w - 1][1], p->pool + e[i][0], e[i][1]) == 0) {
                e[w - 1][2] = e[i][2];
                continue;
            }
            e[w][0] = e[i][0], e[w][1] = e[i][1], e[w][2] = e[i][2];
            w++;
        }
        p->nent[k] = w;
    }
}

int eg_ifv_write_punkt_blob(const eg_ifv_punkt *v, const char *path) {
    FILE *f = fopen(path, "wb");
    uint32_t head[7], k;
    int ok;
    if (!f) return EG_IFV_BAD_DATA;
    memcpy(head, "EGPK", 4);
    head[1] = 1;
    head[2] = v->npool;
    for (k = 0; k < EG_PK_TABLES; k++) head[3 + k] = v->nent[k];
    /* The words are written in host order: the blob is made and read on little-endian machines. */
    ok = fwrite(head, 4, 7, f) == 7 && fwrite(v->pool, 4, v->npool, f) == v->npool;
    for (k = 0; ok && k < EG_PK_TABLES; k++) ok = fwrite(v->ent[k], 12, v->nent[k], f) == v->nent[k];
    return (fclose(f) == 0 && ok) ? EG_OK : EG_IFV_BAD_DATA;
}

int eg_ifv_load_punkt(eg_ifv_punkt_store *p, eg_ifv_punkt *view, const char *dir, char *err, size_t errlen) {
    int rc, k;
    p->npool = 0;
    memset(p->nent, 0, sizeof p->nent);
    if ((rc = load_table(p, dir, "abbrev_types.txt", EG_PK_ABBREV, err, errlen)) != 0) return rc;
    if ((rc = load_table(p, dir, "collocations.tab", EG_PK_COLLOC, err, errlen)) != 0) return rc;
    if ((rc = load_table(p, dir, "sent_starters.txt", EG_PK_STARTER, err, errlen)) != 0) return rc;
    if ((rc = load_table(p, dir, "ortho_context.tab", EG_PK_ORTHO, err, errlen)) != 0) return rc;
    finish(p);
    view->pool = p->pool;
    view->npool = p->npool;
    for (k = 0; k < EG_PK_TABLES; k++) {
        view->ent[k] = &p->ent[k][0][0];
        view->nent[k] = p->nent[k];
    }
    return EG_OK;
}

/* ---------------------------------------------------------------- langdetect profiles (JSON) */
typedef struct jp {
    const uint8_t *b;
    size_t n, i;
    int bad;
} jp;

static void jws(jp *j) {
    while (j->i < j->n && (j->b[j->i] == ' ' || j->b[j->i] == '\t' || j->b[j->i] == '\n' || j->b[j->i] == '\r')) j->i++;
}

static int jhex(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* A JSON string as code points (JSON.parse's UTF-16, then Array.from: valid pairs join). */
static uint32_t jstr(jp *j, uint32_t *out, uint32_t cap) {
    uint32_t n = 0;
    if (j->i >= j->n || j->b[j->i] != '"') {
        j->bad = 1;
        return 0;
    }
    j->i++;
    while (j->i < j->n && j->b[j->i] != '"') {
        uint32_t c;
        if (j->b[j->i] == '\\') {
            int e = j->i + 1 < j->n ? j->b[j->i + 1] : 0;
            j->i += 2;
            if (e == 'u') {
                int k;
                c = 0;
                for (k = 0; k < 4; k++) {
                    int h = j->i < j->n ? jhex(j->b[j->i]) : -1;
                    if (h < 0) {
                        j->bad = 1;
                        return 0;
                    }
                    c = c * 16u + (uint32_t)h;
                    j->i++;
                }
            } else {
                c = e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'b' ? 8u : e == 'f' ? 12u : (uint32_t)e;
            }
        } else {
            c = eg_utf8_next(j->b, j->n, &j->i);
        }
        if (n > 0 && c >= 0xDC00u && c <= 0xDFFFu && out[n - 1] >= 0xD800u && out[n - 1] <= 0xDBFFu) {
            out[n - 1] = 0x10000u + ((out[n - 1] - 0xD800u) << 10) + (c - 0xDC00u);
            continue;
        }
        if (n < cap) out[n] = c;
        n++;
    }
    j->i++;
    return n;
}

static double jnum(jp *j) {
    char tmp[64];
    size_t k = 0;
    while (j->i < j->n && k < 63 && strchr("+-0123456789.eE", j->b[j->i]) && j->b[j->i]) tmp[k++] = (char)j->b[j->i++];
    tmp[k] = 0;
    if (k == 0) j->bad = 1;
    return strtod(tmp, NULL);
}

static void jskip(jp *j) {
    uint32_t dummy[4];
    jws(j);
    if (j->i >= j->n) {
        j->bad = 1;
        return;
    }
    if (j->b[j->i] == '"') {
        (void)jstr(j, dummy, 0);
    } else if (j->b[j->i] == '{' || j->b[j->i] == '[') {
        int depth = 0;
        do {
            if (j->b[j->i] == '"') {
                (void)jstr(j, dummy, 0);
                continue;
            }
            if (j->b[j->i] == '{' || j->b[j->i] == '[') depth++;
            if (j->b[j->i] == '}' || j->b[j->i] == ']') depth--;
            j->i++;
        } while (depth > 0 && j->i < j->n);
    } else {
        while (j->i < j->n && !strchr(",}]", j->b[j->i])) j->i++;
    }
}

typedef struct freq_ent {
    uint64_t key;
    uint32_t len;
    double count;
} freq_ent;

static int cmp_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int64_t insert_row(eg_ifv_langdetect *ld, uint64_t key, uint32_t cap) {
    uint64_t h = key * 0x9E3779B97F4A7C15ull;
    uint32_t mask = ld->nslots - 1u, s = (uint32_t)(h >> 32) & mask;
    for (;;) {
        uint32_t v = ld->slots[s];
        if (v == 0u) {
            if (ld->nrows >= cap) return -1;
            ld->keys[ld->nrows] = key;
            ld->slots[s] = ++ld->nrows;
            return ld->nrows - 1u;
        }
        if (ld->keys[v - 1u] == key) return v - 1u;
        s = (s + 1u) & mask;
    }
}

static int cmp_cjk(const void *a, const void *b) {
    const uint32_t *x = (const uint32_t *)a, *y = (const uint32_t *)b;
    return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : (x[2] < y[2] ? -1 : x[2] > y[2]);
}

/* NGram.KANJI_* lines of messages.properties; a later class wins for an ideograph in two (Map.set). */
static int load_cjk(eg_ifv_langdetect *ld, const char *path) {
    size_t len, pos = 0;
    uint8_t *buf = eg_ifv_read_file(path, &len);
    uint32_t (*tmp)[3], n = 0, k, w = 0, seq = 0;
    if (!buf) return EG_IFV_BAD_DATA;
    tmp = (uint32_t(*)[3])malloc(sizeof *tmp * (len / 6u + 1u));
    while (pos < len) {
        size_t end = pos;
        while (end < len && buf[end] != '\n') end++;
        if (end - pos > 12 && memcmp(buf + pos, "NGram.KANJI_", 12) == 0) {
            size_t q = pos + 12;
            uint32_t first = 0;
            int have = 0;
            while (q < end && ((buf[q] >= '0' && buf[q] <= '9') || buf[q] == '_')) q++;
            if (q < end && buf[q] == '=') {
                for (q++; q + 5 < end + 0u + 1u && q + 5 <= end && buf[q] == '\\' && buf[q + 1] == 'u'; q += 6) {
                    uint32_t c = (uint32_t)(jhex(buf[q + 2]) << 12 | jhex(buf[q + 3]) << 8 | jhex(buf[q + 4]) << 4 | jhex(buf[q + 5]));
                    if (!have) first = c, have = 1;
                    tmp[n][0] = c, tmp[n][1] = first, tmp[n][2] = seq++;
                    n++;
                }
            }
        }
        pos = end + 1;
    }
    free(buf);
    qsort(tmp, n, sizeof *tmp, cmp_cjk);
    ld->cjk = (uint32_t(*)[2])malloc(sizeof *ld->cjk * (n + 1u));
    for (k = 0; k < n; k++) {
        if (w > 0 && ld->cjk[w - 1][0] == tmp[k][0]) {
            ld->cjk[w - 1][1] = tmp[k][1];
            continue;
        }
        ld->cjk[w][0] = tmp[k][0], ld->cjk[w][1] = tmp[k][1], w++;
    }
    ld->ncjk = w;
    free(tmp);
    return w ? EG_OK : EG_IFV_BAD_DATA;
}

int eg_ifv_load_langdetect(eg_ifv_langdetect *ld, const eg_ifv_regs *rg, const char *dir, char *err, size_t errlen) {
    DIR *d = opendir(dir);
    struct dirent *e;
    char *names[EG_LD_MAX_LANGS], path[4096];
    uint32_t nfiles = 0, f, cap = 0;
    freq_ent *ents[EG_LD_MAX_LANGS];
    uint32_t nents[EG_LD_MAX_LANGS];
    double nwords[EG_LD_MAX_LANGS][3];
    static uint32_t word[4096];
    int rc = EG_OK;
    memset(ents, 0, sizeof ents);
    ld->regs = rg;
    if (!d) {
        snprintf(err, errlen, "langdetect profile folder not found: %s", dir);
        return EG_IFV_BAD_DATA;
    }
    while ((e = readdir(d)) != NULL) {
        struct stat st;
        if (e->d_name[0] == '.') continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) continue;
        if (nfiles >= EG_LD_MAX_LANGS) {
            closedir(d);
            snprintf(err, errlen, "more than %u langdetect profiles in %s", EG_LD_MAX_LANGS, dir);
            return EG_IFV_TOO_LARGE;
        }
        names[nfiles++] = strdup(e->d_name);
    }
    closedir(d);
    if (nfiles < 2u) {
        snprintf(err, errlen, "need at least two langdetect profiles in %s", dir);
        return EG_IFV_BAD_DATA;
    }
    qsort(names, nfiles, sizeof names[0], cmp_name);
    for (f = 0; f < nfiles && rc == EG_OK; f++) {
        size_t len;
        uint8_t *buf;
        jp j;
        snprintf(path, sizeof path, "%s/%s", dir, names[f]);
        buf = eg_ifv_read_file(path, &len);
        ents[f] = NULL;
        nents[f] = 0;
        nwords[f][0] = nwords[f][1] = nwords[f][2] = 0.0;
        ld->langs[f][0] = 0;
        if (!buf) {
            rc = EG_IFV_BAD_DATA;
            break;
        }
        ents[f] = (freq_ent *)malloc(sizeof(freq_ent) * (len / 4u + 1u));
        j.b = buf, j.n = len, j.i = 0, j.bad = 0;
        jws(&j);
        if (j.i >= j.n || buf[j.i] != '{') j.bad = 1;
        j.i++;
        while (!j.bad) {
            uint32_t kn;
            jws(&j);
            if (j.i < j.n && buf[j.i] == '}') break;
            kn = jstr(&j, word, 4096);
            jws(&j);
            if (j.i >= j.n || buf[j.i] != ':') j.bad = 1;
            j.i++;
            jws(&j);
            if (kn == 4 && word[0] == 'f' && word[1] == 'r' && word[2] == 'e' && word[3] == 'q') {
                j.i++; /* '{' */
                for (;;) {
                    uint32_t wn, q;
                    double c;
                    jws(&j);
                    if (j.i >= j.n || buf[j.i] == '}') {
                        j.i++;
                        break;
                    }
                    wn = jstr(&j, word, 4096);
                    jws(&j);
                    j.i++;
                    jws(&j);
                    c = jnum(&j);
                    if (j.bad) break;
                    if (wn >= 1u && wn <= 3u) {
                        uint64_t key = 0;
                        for (q = 0; q < wn; q++) key |= (uint64_t)word[q] << (21u * q);
                        ents[f][nents[f]].key = key;
                        ents[f][nents[f]].len = wn;
                        ents[f][nents[f]].count = c;
                        nents[f]++;
                    }
                    jws(&j);
                    if (j.i < j.n && buf[j.i] == ',') j.i++;
                }
            } else if (kn == 7 && memcmp(word, (const uint32_t[]){'n', '_', 'w', 'o', 'r', 'd', 's'}, sizeof(uint32_t) * 7) == 0) {
                int q;
                j.i++;
                for (q = 0; q < 3; q++) {
                    jws(&j);
                    nwords[f][q] = jnum(&j);
                    jws(&j);
                    if (j.i < j.n && buf[j.i] == ',') j.i++;
                }
                while (!j.bad && j.i < j.n && buf[j.i] != ']') { /* more than three counts: ignored */
                    jskip(&j);
                    jws(&j);
                    if (j.i < j.n && buf[j.i] == ',') j.i++;
                }
                j.i++;
            } else if (kn == 4 && word[0] == 'n' && word[1] == 'a' && word[2] == 'm' && word[3] == 'e') {
                uint32_t nn = jstr(&j, word, 4096), q;
                if (nn >= 16u) j.bad = 1;
                for (q = 0; q < nn && q < 15u; q++) ld->langs[f][q] = (char)word[q];
                ld->langs[f][q < 16u ? q : 15u] = 0;
            } else {
                jskip(&j);
            }
            jws(&j);
            if (j.i < j.n && buf[j.i] == ',') j.i++;
        }
        free(buf);
        if (j.bad || ld->langs[f][0] == 0) {
            snprintf(err, errlen, "%s: not a langdetect profile ({name, freq, n_words})", path);
            rc = EG_IFV_BAD_DATA;
        }
        cap += nents[f];
    }
    if (rc == EG_OK) {
        uint32_t k;
        ld->nlangs = nfiles;
        for (ld->nslots = 1; ld->nslots < 2u * cap + 2u;) ld->nslots <<= 1;
        ld->slots = (uint32_t *)calloc(ld->nslots, sizeof(uint32_t));
        ld->keys = (uint64_t *)malloc(sizeof(uint64_t) * (cap + 1u));
        ld->prob = (double *)calloc((size_t)(cap + 1u) * nfiles, sizeof(double));
        ld->nrows = 0;
        for (f = 0; f < nfiles; f++) {
            for (k = 0; k < nents[f]; k++) {
                int64_t row = insert_row(ld, ents[f][k].key, cap);
                ld->prob[(size_t)row * nfiles + f] = ents[f][k].count / nwords[f][ents[f][k].len - 1u];
            }
        }
        snprintf(path, sizeof path, "%s/../utils/messages.properties", dir);
        rc = load_cjk(ld, path);
        if (rc) snprintf(err, errlen, "%s: no NGram.KANJI_* classes (the C verifier reads Python langdetect's layout)", path);
    }
    for (f = 0; f < nfiles; f++) {
        free(names[f]);
        free(ents[f]);
    }
    return rc;
}

/* Embeds the Punkt parameter blob (engram-ifeval-verify --write-punkt) as read-only data in flash, for the
 * firmwares that run the verifier next to an artifact (ifeval_enforce_main.c); the path comes from the
 * Makefile (EG_FW_PUNKT). The blob is read in place as little-endian u32 words. */
    .section .rodata.engram_punkt, "a"
    .balign 16
    .global eg_fw_punkt
eg_fw_punkt:
    .incbin EG_FW_PUNKT
    .global eg_fw_punkt_end
eg_fw_punkt_end:

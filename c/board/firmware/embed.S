/* Embeds the artifact and the compiled probe batch into flash (paths come from the Makefile). */
    .section .engram_artifact, "a"
    .balign 16
    .global eg_fw_artifact
eg_fw_artifact:
    .incbin EG_FW_ARTIFACT
    .global eg_fw_artifact_end
eg_fw_artifact_end:

    .section .engram_batch, "a"
    .balign 16
    .global eg_fw_batch
eg_fw_batch:
    .incbin EG_FW_BATCH
    .global eg_fw_batch_end
eg_fw_batch_end:

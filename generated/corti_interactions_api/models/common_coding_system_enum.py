from enum import StrEnum


class CommonCodingSystemEnum(StrEnum):
    CCAM = "ccam"
    CIM10FR_INPATIENT = "cim10fr-inpatient"
    CIM10FR_OUTPATIENT = "cim10fr-outpatient"
    CPT = "cpt"
    ICD10CM_INPATIENT = "icd10cm-inpatient"
    ICD10CM_OUTPATIENT = "icd10cm-outpatient"
    ICD10GM_INPATIENT = "icd10gm-inpatient"
    ICD10GM_OUTPATIENT = "icd10gm-outpatient"
    ICD10INT_INPATIENT = "icd10int-inpatient"
    ICD10INT_OUTPATIENT = "icd10int-outpatient"
    ICD10PCS = "icd10pcs"
    ICD10UK_INPATIENT = "icd10uk-inpatient"
    ICD10UK_OUTPATIENT = "icd10uk-outpatient"
    OPCS4 = "opcs4"
    OPS = "ops"
    SNOMEDCTDE = "snomedctde"
    SNOMEDCTDK = "snomedctdk"
    SNOMEDCTES = "snomedctes"
    SNOMEDCTFR = "snomedctfr"
    SNOMEDCTINT = "snomedctint"
    SNOMEDCTSE = "snomedctse"
    SNOMEDCTUK = "snomedctuk"
    SNOMEDCTUS = "snomedctus"

    def __str__(self) -> str:
        return str(self.value)

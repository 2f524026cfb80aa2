"""Round 5 annotations of register2017-other.json, written by reading the dumps only.

Same rules and form as annotations_2017_other_r3.py (whose ``flow``/``role`` helpers are used): each flow and
role below was written by reading /work/annot/2017/<REF>.txt (written by dump_2017.py); no extractor output was
looked at.  build_register2017_other_r3.py adds rounds 3, 4 and 5 to the gold and checks every evidence string.
"""
from annotations_2017_other_r3 import NHSD, flow

# --- mris-cohort-short: Institute of Cancer Research, MR400 (one sentence, neither end written) ---
ICR = "INSTITUTE OF CANCER RESEARCH"
ANNOTATIONS = {
    "NIC-147748-XD18S": {"flows": [
        flow("NHS Digital", ICR, "identifiable", "transfer",
             "The data supplied will be used only for the approved Medical Research Project - MR400 - Cohort Study of People with Insulin Treated Diabetes",
             NHSD, [ICR], ["MRIS - Cause of Death Report"], optional=True,
             note="'The data supplied' names neither the supplier nor the recipient (Oxford's NIC-148369-8PPWK names both: "
                  "required); MRIS cause-of-death reports on a cohort (approved researcher accreditation, SRSA 2007): identifiable"),
     ], "roles": []},
}

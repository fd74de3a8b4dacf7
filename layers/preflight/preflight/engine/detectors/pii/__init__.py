"""Personal data with a recognisable shape: e-mail addresses, phone numbers, payment cards, US Social
Security numbers and IBANs.

Each detector finds candidates with a cheap, linear regular expression, then checks them with the
libraries that know the formats: ``phonenumbers`` for phone numbers, ``stdnum`` for the Luhn and ISO
7064 mod-97 checks. Word lists (role mailboxes, context words, labels that make a number something
else) and limits are policy data, with ``rules/default/pii.yaml`` their only source: the option models
here say what each option means and which values are valid, and state no default.

Speed on long or hostile drafts: every repetition is bounded; number patterns begin with the digit
itself and look behind afterwards (``\\d(?<!x.)``), so that the regex engine skips non-digits at C
speed; e-mail patterns are anchored on ``@`` and on the obfuscated "at" rather than tried at every word.

The five shapes overlap (a card number is a run of digits a phone parser may accept, an SSN is nine
digits, an IBAN holds digit groups), so each detector rejects the shapes that belong to another: the
phone detector skips SSN shapes, IBAN-shaped runs and card-like runs, and the card detector skips
digits inside an IBAN-shaped run.

Values are looked for in the matching view and, where that view glued two things together by
dropping an invisible character, also in a reading with a space there (``numbers.each_reading``).
Work on a draft is bounded: past a budget the rest is skipped and the draft marked incomplete, which
flags it.
"""

from preflight.engine.detectors.pii import (  # noqa: F401 - imported to register
    email,
    iban,
    payment_card,
    phone,
    us_ssn,
)

print("never printed")
s = "caf\N{LATIN SMALL LETTER E WITH ACUTE} \N{NO SUCH CHARACTER NAME}"

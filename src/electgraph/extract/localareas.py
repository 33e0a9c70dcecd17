"""The district or village a local body is named after: "PPK Ceper", "PPS Tanjung Merdeka",
"KPPS TPS 05 Desa Kujon", "Panwascam Way Halim", and where that name ends and its holder's
begins ("Ketua PPK Nanang Sulistiyo": no district). Read by `orgs`."""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.chunkbase import _BODY_TABLE
from electgraph.extract.namedorgs import NamedOrgMatcher

__all__ = ["AREA_LEVELS", "LocalAreaMatcher"]

# The words that say what kind of area a local body's area is, not which ("Kecamatan Ceper").
AREA_LEVELS = frozenset({"kecamatan", "kec", "kec.", "desa", "kelurahan", "kel", "kel."})
# Computed once: the words that end a district's name after a local body.
_NOT_AREA_NAME = lx.NOT_NAME - {"desa", "kelurahan"}
# Offices of a local body's members: after one, a capitalised run may be a holder's name.
_MEMBER_TITLES = frozenset({"ketua", "anggota", "sekretaris", "wakil", "komisioner"})


class LocalAreaMatcher(NamedOrgMatcher):
    def _long_district_at(self, j: int) -> bool:
        """A district of two words or more at j that begins with a region's short name: "PPK
        Siantar Sitalasari" is the district's committee, not Siantar's (the city's)."""
        k = j + (j < self.n and self.words[j] in ("kecamatan", "kec"))
        return self.known_area_end(k, k + 4, districts=True, min_words=2) is not None

    def _local_area(self, j: int, villages: bool = True) -> int:
        """End of a district or village name after a local body ("Ceper", "TPS 05 Desa Kujon");
        `villages`: whether the body may be a village's. A district's body is named after a
        village of one word only by mistake: "Ketua Panwaslu Aris Budiman" names no village
        Aris (a name of two words, "Panwascam Tanjung Karang Barat", may be one the gazetteer
        lists as a village only)."""
        if not villages and (district := self.known_area_end(
                j, min(self.n, j + 4), districts=True)) is not None and (
                district < self.n and self.toks[district].is_cap):
            return district  # "Panwascam Tanjung Karang Barat NAME": the district's, whole
        if (village := self._village_end(j)) > j:
            return village  # "PPS Tanjung Merdeka A Burhanuddin": a village the gazetteer knows
        k = j
        while k < self.n:
            t = self.toks[k]
            low = self.words[k]
            if t.text.isdigit() and k + 1 < self.n and self.words[k + 1] in lx.PLACE_LIST_HEADS:
                break  # "PPK 20 kecamatan": a count of districts, not one district
            if (
                low in ("tps", "desa", "kelurahan", "kecamatan")
                or t.text.isdigit()
                or (
                    t.is_cap
                    and t.text.replace("-", "").isalpha()  # "Kelurahan Lae-lae"
                    and low not in _NOT_AREA_NAME
                    and low not in lx.ROLE_TITLES
                    and not _BODY_TABLE.match(self.words, k)
                    and not self.rank_at(k)  # "Polsek KPYS Ambon Aipda NAME": its head's
                )
            ):
                k += 1
            else:
                break
        if k > j + 1 and j >= 2 and self.words[j - 2] in _MEMBER_TITLES and (
                self.words[j] not in AREA_LEVELS and self.toks[j].text.isalpha()) and (
                self._area_end(j, k, villages) is None):
            return j  # "Ketua PPK Nanang Sulistiyo": the chair's name, no district's
        return self._district_end(j, k, villages)

    def _district_end(self, j: int, k: int, villages: bool = True) -> int:
        """Where a run of capitalised words after a local body stops being its district: after
        the longest known district name it starts with, when a name follows ("Panwascam Way
        Halim Septoni Permadi"); the whole run when it starts with no district known."""
        while j < k and self.words[j] in AREA_LEVELS:
            j += 1  # "PPS Kelurahan Maloku NAME": the level word, then the village's name
        if k - j < 2 or any(not self.toks[x].is_cap for x in range(j, k)):
            return k
        if self.known_area_end(j, k, districts=True, min_words=k - j) == k:
            return k  # "anggota PPK Siantar Sitalasari.": the whole run is the district
        end = self._area_end(j, min(k - 1, j + 5), villages)
        return end if end is not None else k

    def _area_end(self, j: int, stop: int, villages: bool) -> int | None:
        """The end of the longest district's name at j, or village's (of two words at least
        unless `villages`)."""
        if villages:
            return self.known_area_end(j, stop, villages=True, districts=True)
        district = self.known_area_end(j, stop, districts=True)
        village = self.known_area_end(j, stop, villages=True, min_words=2)
        return max((e for e in (district, village) if e is not None), default=None)

    def _village_end(self, j: int) -> int:
        """After the longest village name of two words or more at j that a capitalised word
        (the holder's name) follows; j when there is none."""
        end = self.known_area_end(j, min(self.n - 1, j + 4), villages=True, min_words=2)
        return end if end is not None and self.toks[end].is_cap else j

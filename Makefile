# The README's two commands, for those who have make. Both install what is
# missing (Debian 12), then build; see quickstart.sh.
.PHONY: play test
play:
	./quickstart.sh play
test:
	./quickstart.sh test

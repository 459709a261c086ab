#!/usr/bin/env node
// The azerbaijan-data command line (list, show, export, compare). Placeholder until issue 6 lands.
process.stdout.write('azerbaijan-data: the command line is not built yet\n');

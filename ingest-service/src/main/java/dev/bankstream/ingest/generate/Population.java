package dev.bankstream.ingest.generate;

import java.util.List;

/** A freshly planned bank: its reference tables and one plan per account. */
record Population(List<District> districts, List<Client> clients, List<Disposition> dispositions,
        List<AccountPlan> accounts) {
}
